import { type DemoProvider, demoProviders, isDemoProvider } from "./demo-provider.js";

/** What `pnpm demo` was asked for. */
export interface DemoArgs {
  /** `--provider <name>` (or `--provider=<name>`); undefined when not given. */
  provider: DemoProvider | undefined;
  /** Example names to run; empty for all. */
  names: string[];
}

/** Thrown for a command line the demo cannot run; its message is the usage error. */
export class DemoUsageError extends Error {
  override name = "DemoUsageError";
}

/** Parses the demo's arguments (a lone `--`, which pnpm may pass through, is ignored). */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const names: string[] = [];
  let provider: DemoProvider | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") continue;
    if (arg !== "--provider" && !arg.startsWith("--provider=")) {
      names.push(arg);
      continue;
    }
    const value = arg === "--provider" ? argv[++i] : arg.slice("--provider=".length);
    if (value === undefined || !isDemoProvider(value)) {
      throw new DemoUsageError(
        `--provider takes one of ${demoProviders.join(", ")}; got ${value === undefined ? "nothing" : JSON.stringify(value)}.`,
      );
    }
    provider = value;
  }
  return { provider, names };
}
