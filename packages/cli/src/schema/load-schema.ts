import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { jsonSchema } from "@instr/core";
import type { z } from "zod";
import { CliError } from "../cli-error.js";
import { importModule } from "./import-module.js";
import { isZodSchema } from "./is-zod-schema.js";

/**
 * Loads the response model named by `--schema`:
 * - `file.json`: a JSON Schema, turned into a response model by `jsonSchema` from `@instr/core`
 *   (zod's `z.fromJSONSchema`), so answers are validated like those of any other response model;
 * - `file.js` / `.mjs` / `.cjs` / `.ts` / `.mts` / `.cts`: a module exporting a zod schema, as
 *   its default export, as its only schema export, or chosen with `file.ts#ExportName`.
 */
export async function loadSchema(spec: string, cwd: string): Promise<z.ZodType> {
  const hash = spec.lastIndexOf("#");
  const file = resolve(cwd, hash === -1 ? spec : spec.slice(0, hash));
  const exportName = hash === -1 ? undefined : spec.slice(hash + 1);
  if (extname(file) === ".json") return jsonSchemaFile(file);
  let module: Record<string, unknown>;
  try {
    module = await importModule(file);
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    throw new CliError(`Cannot load the schema module ${file}: ${messageOf(cause)}`, { cause });
  }
  return pickExport(module, file, exportName);
}

async function jsonSchemaFile(file: string): Promise<z.ZodType> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (cause) {
    throw new CliError(`Cannot read the JSON Schema ${file}: ${messageOf(cause)}`, { cause });
  }
  if (!isSchemaObject(json)) throw new CliError(`${file} is not a JSON Schema object.`);
  try {
    return jsonSchema(json);
  } catch (cause) {
    throw new CliError(`${file} is not a JSON Schema zod can use: ${messageOf(cause)}`, { cause });
  }
}

// The shape is `jsonSchema`'s to check: it rejects what it cannot use.
function isSchemaObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pickExport(
  module: Record<string, unknown>,
  file: string,
  exportName: string | undefined,
): z.ZodType {
  if (exportName !== undefined) {
    const value = module[exportName];
    if (isZodSchema(value)) return value;
    throw new CliError(`${file} has no zod schema export named "${exportName}".`);
  }
  if (isZodSchema(module.default)) return module.default;
  const named = Object.entries(module).flatMap(([name, value]) =>
    isZodSchema(value) ? [{ name, schema: value }] : [],
  );
  if (named.length === 1) return named[0]!.schema;
  if (named.length === 0) throw new CliError(`${file} exports no zod schema.`);
  const names = named.map((entry) => entry.name).join(", ");
  throw new CliError(`${file} exports several zod schemas (${names}); pick one: ${file}#Name.`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
