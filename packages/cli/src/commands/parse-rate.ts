import type { RateLimit } from "@instr/queue";
import { InvalidArgumentError } from "commander";

const units = { s: 1000, m: 60_000 } as const;

/** Commander argument parser for `--rate <n>/<s|m>`: `50/s` or `600/m`. */
export function parseRate(value: string): RateLimit {
  const match = /^(\d+)\/(s|m)$/.exec(value.trim());
  const max = Number(match?.[1]);
  const unit = match?.[2];
  if (unit !== "s" && unit !== "m") {
    throw new InvalidArgumentError(`expected <n>/s or <n>/m (e.g. 50/s, 600/m), got "${value}".`);
  }
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new InvalidArgumentError(`expected at least 1 request per ${unit}, got "${value}".`);
  }
  return { max, durationMs: units[unit] };
}
