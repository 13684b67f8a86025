import { metrics, trace } from "@opentelemetry/api";
import { describe, expectTypeOf, it } from "vitest";
import type { TelemetryMeter, TelemetrySetting, TelemetryTracer } from "./telemetry.js";

describe("telemetry types", () => {
  it("take @opentelemetry/api's Tracer and Meter as they are", () => {
    expectTypeOf(trace.getTracer("t")).toExtend<TelemetryTracer>();
    expectTypeOf(metrics.getMeter("m")).toExtend<TelemetryMeter>();
    const setting: TelemetrySetting = {
      tracer: trace.getTracer("t"),
      meter: metrics.getMeter("m"),
      recordContent: true,
      functionId: "f",
    };
    expectTypeOf(setting).toExtend<TelemetrySetting>();
  });
});
