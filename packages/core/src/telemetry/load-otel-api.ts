import { InstructorError } from "../errors/instructor-error.js";

/** The `@opentelemetry/api` module (an optional peer dependency, loaded only when telemetry is on). */
export type OtelApi = typeof import("@opentelemetry/api");

let loading: Promise<OtelApi> | undefined;

/**
 * Loads `@opentelemetry/api` once, on the first call made with telemetry on; a program that
 * never turns telemetry on never loads it.
 *
 * @throws InstructorError (asynchronously) when the package is not installed.
 */
export function loadOtelApi(): Promise<OtelApi> {
  loading ??= import("@opentelemetry/api").catch((cause: unknown) => {
    // Not cached: installing the package and calling again should work.
    loading = undefined;
    throw new InstructorError(
      "telemetry is on, but @opentelemetry/api could not be loaded; install it (npm i @opentelemetry/api) or leave telemetry off.",
      { cause },
    );
  });
  return loading;
}
