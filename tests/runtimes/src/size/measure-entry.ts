import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { runtimesRoot } from "../host/paths.js";

/** Where an entry point runs, which decides the conditions and builtins esbuild resolves. */
export type SizePlatform = "browser" | "node";

/** Bytes of one entry point, bundled and minified, then gzipped. */
export interface EntrySize {
  minified: number;
  gzipped: number;
}

/**
 * Measures `import * from specifier` as an app's bundler would ship it: every export kept,
 * minified, with the package's dependencies bundled and its peer dependencies left out (the app
 * has those anyway), gzipped at level 9. Resolved from this package's node_modules.
 */
export async function measureEntry(specifier: string, platform: SizePlatform): Promise<EntrySize> {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: runtimesRoot },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    external: peersOf(packageName(specifier)).flatMap((peer) => [peer, `${peer}/*`]),
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0]?.contents;
  if (code === undefined) throw new Error(`esbuild gave no output for ${specifier}`);
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

function peersOf(name: string): string[] {
  const manifest: unknown = JSON.parse(
    readFileSync(join(runtimesRoot, "node_modules", name, "package.json"), "utf8"),
  );
  if (typeof manifest !== "object" || manifest === null || !("peerDependencies" in manifest)) {
    return [];
  }
  return Object.keys(Object(manifest.peerDependencies));
}
