import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import { CliError } from "../cli-error.js";

const typescript = new Set([".ts", ".mts", ".cts"]);

/**
 * Imports a JavaScript module, or a TypeScript one through `tsx` (an optional peer
 * dependency: Node 20 cannot load TypeScript on its own).
 */
export async function importModule(path: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(path).href;
  if (!typescript.has(extname(path))) return import(url);
  let tsx: typeof import("tsx/esm/api");
  try {
    tsx = await import("tsx/esm/api");
  } catch (cause) {
    throw new CliError(
      `Loading the TypeScript schema ${path} needs tsx: \`npm i -D tsx\`, or compile it to .js.`,
      { cause },
    );
  }
  return tsx.tsImport(url, url);
}
