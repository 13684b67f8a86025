import type { TelemetryOptions, TelemetrySetting } from "../types/telemetry.js";

/**
 * The telemetry of one call: the call's `telemetry` wins over the instructor's (each a whole
 * setting, not merged); `undefined` when off, so an untraced call never touches this folder again.
 */
export function resolveTelemetry(
  instructor: TelemetrySetting | undefined,
  call: TelemetrySetting | undefined,
): TelemetryOptions | undefined {
  const setting = call ?? instructor;
  if (setting === undefined || setting === false) return undefined;
  return setting === true ? {} : setting;
}
