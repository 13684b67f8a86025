import { readFile } from "node:fs/promises";

/** The peers whose installed versions a run records. */
const PEERS = [
  "ai",
  "@ai-sdk/openai-compatible",
  "partial-json",
  "@cerebras/cerebras_cloud_sdk",
  "zod",
] as const;

/** Installed version of each peer, read from this package's node_modules. */
export async function peerVersions(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    PEERS.map(async (name) => {
      const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
      const manifest: { version?: unknown } = JSON.parse(await readFile(url, "utf8"));
      return [name, String(manifest.version)] as const;
    }),
  );
  return Object.fromEntries(entries);
}
