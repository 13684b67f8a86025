import { InstructorError } from "../errors/instructor-error.js";

/** The `@opentelemetry/api` module (an optional peer dependency, loaded only when telemetry is on). */
export type OtelApi = typeof import("@opentelemetry/api");

/**
 * The specifier as a value, not a literal: bundlers then leave the import alone instead of
 * failing the build of an app that never turns telemetry on and has not installed the package.
 */
const OTEL_API = "@opentelemetry/api";

let loading: Promise<OtelApi> | undefined;
let loaded: OtelApi | undefined;

/**
 * `@opentelemetry/api` once {@link loadOtelApi} has loaded it, else undefined: traced calls
 * after the first take it without waiting for a promise.
 */
export function loadedOtelApi(): OtelApi | undefined {
  return loaded;
}

/**
 * Loads `@opentelemetry/api` once, on the first call made with telemetry on; a program that
 * never turns telemetry on never loads it.
 *
 * @throws InstructorError (asynchronously) when the package cannot be loaded.
 */
export function loadOtelApi(): Promise<OtelApi> {
  loading ??= importOtelApi().then(
    (api) => {
      loaded = api;
      return api;
    },
    (cause: unknown) => {
      // Not cached: installing the package and calling again should work.
      loading = undefined;
      throw new InstructorError(
        "telemetry is on, but @opentelemetry/api could not be loaded; install it (npm i @opentelemetry/api) or leave telemetry off.",
        { cause },
      );
    },
  );
  return loading;
}

async function importOtelApi(): Promise<OtelApi> {
  const module: unknown = await import(/* webpackIgnore: true */ /* @vite-ignore */ OTEL_API);
  // Some loaders hand a CommonJS module over as `default` only.
  const api = isOtelApi(module) ? module : defaultExport(module);
  if (api === undefined) throw new Error(`${OTEL_API} has no trace, context and metrics API`);
  return api;
}

function defaultExport(module: unknown): OtelApi | undefined {
  if (typeof module !== "object" || module === null || !("default" in module)) return undefined;
  return isOtelApi(module.default) ? module.default : undefined;
}

function isOtelApi(module: unknown): module is OtelApi {
  return (
    typeof module === "object" &&
    module !== null &&
    "trace" in module &&
    "context" in module &&
    "metrics" in module
  );
}
