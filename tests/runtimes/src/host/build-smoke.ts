import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { repoRoot, runtimesRoot } from "./paths.js";

/** The installed smoke program, ready for every runtime. */
export interface SmokeBuild {
  /** An npm project outside the workspace with the packed packages and their peers installed. */
  project: string;
  /** The program for Node, Bun and Deno: an ES module importing the installed packages. */
  nodeEntry: string;
  /** The program as one module worker with every package bundled in, for workerd. */
  workerScript: string;
  /** A folder with index.html and the program bundled for the browser. */
  site: string;
}

/** The version this package pins for `name` (the peers are installed at the tested versions). */
function versionOf(name: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(runtimesRoot, "package.json"), "utf8"));
  const version = Object.entries(
    typeof manifest === "object" && manifest !== null && "devDependencies" in manifest
      ? Object(manifest.devDependencies)
      : {},
  ).find(([dependency]) => dependency === name)?.[1];
  if (typeof version !== "string") throw new Error(`tests/runtimes pins no ${name}`);
  return version;
}

/**
 * Packs the public packages (the shared packing script), installs the tarballs with npm into
 * `work/project` outside the workspace with the peers this package tests with, then builds the
 * three entries there, so every runtime loads the packages as a user would install them.
 */
export async function buildSmoke(work: string): Promise<SmokeBuild> {
  const tarballs = join(work, "tarballs");
  const project = join(work, "project");
  execFileSync(
    join(repoRoot, "scripts/pack/pack-public.sh"),
    [tarballs, "core", "cerebras", "openai"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, "package.json"),
    '{ "name": "instr-runtimes", "private": true, "type": "module" }\n',
  );
  const packed = readdirSync(tarballs)
    .filter((file) => file.endsWith(".tgz"))
    .map((file) => join(tarballs, file));
  const peers = ["zod", "@cerebras/cerebras_cloud_sdk", "openai"].map(
    (name) => `${name}@${versionOf(name)}`,
  );
  execFileSync(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--loglevel=error",
      ...packed,
      ...peers,
    ],
    { cwd: project, stdio: ["ignore", "ignore", "inherit"] },
  );

  // Step 1: the entries as modules that import the packages by name (resolved in `project`).
  const entries = join(project, "entries");
  await build({
    entryPoints: ["node-entry", "worker-entry", "browser-entry"].map((name) =>
      join(runtimesRoot, "src/smoke", `${name}.ts`),
    ),
    outdir: entries,
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "neutral",
    target: "es2022",
    logLevel: "warning",
  });
  // Step 2: bundle those from inside `project`, with the conditions each platform resolves.
  const workerScript = join(project, "worker.js");
  await build({
    entryPoints: [join(entries, "worker-entry.js")],
    outfile: workerScript,
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    target: "es2022",
    logLevel: "warning",
  });
  const site = join(project, "site");
  await build({
    entryPoints: [join(entries, "browser-entry.js")],
    outfile: join(site, "app.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "warning",
  });
  writeFileSync(
    join(site, "index.html"),
    '<!doctype html><html><head><meta charset="utf-8"><title>instr runtimes smoke</title><link rel="icon" href="data:,"></head>\n<body><script type="module" src="app.js"></script></body></html>\n',
  );
  return { project, nodeEntry: join(entries, "node-entry.js"), workerScript, site };
}
