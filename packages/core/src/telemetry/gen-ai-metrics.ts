import type { TelemetryAttributes, TelemetryMeter } from "../types/telemetry.js";

/** The instruments instr records to, created once per meter. */
export interface GenAiMetrics {
  /** `gen_ai.client.token.usage`: tokens of each model call, by `gen_ai.token.type`. */
  tokenUsage: { record(value: number, attributes?: TelemetryAttributes): void };
  /** `gen_ai.client.operation.duration`: seconds of each model call. */
  duration: { record(value: number, attributes?: TelemetryAttributes): void };
  /** `instr.client.reasks`: re-asks, by `instr.reask.kind` (`validation` or `json`). */
  reasks: { add(value: number, attributes?: TelemetryAttributes): void };
}

/** The bucket boundaries the GenAI semantic conventions advise for each histogram. */
const TOKEN_BUCKETS = [
  1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
];
const DURATION_BUCKETS = [
  0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
];

const byMeter = new WeakMap<TelemetryMeter, GenAiMetrics>();

/** The instruments of `meter`, created on first use. */
export function genAiMetrics(meter: TelemetryMeter): GenAiMetrics {
  const known = byMeter.get(meter);
  if (known !== undefined) return known;
  const metrics: GenAiMetrics = {
    tokenUsage: meter.createHistogram("gen_ai.client.token.usage", {
      description: "Tokens used by each model call.",
      unit: "{token}",
      advice: { explicitBucketBoundaries: TOKEN_BUCKETS },
    }),
    duration: meter.createHistogram("gen_ai.client.operation.duration", {
      description: "Duration of each model call.",
      unit: "s",
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    }),
    reasks: meter.createCounter("instr.client.reasks", {
      description: "Answers sent back to the model because they failed parsing or validation.",
      unit: "{reask}",
    }),
  };
  byMeter.set(meter, metrics);
  return metrics;
}
