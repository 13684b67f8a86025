import type { TelemetryTracer } from "@instr/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { CliError } from "../cli-error.js";

/** Tracing of one CLI run, exported over OTLP/HTTP (JSON). */
export interface OtlpTracing {
  /** Give it to the instructor: `telemetry: { tracer }`. */
  tracer: TelemetryTracer;
  /** Sends the spans still buffered and stops (bounded by the exporter's 10 s timeout). */
  shutdown(): Promise<void>;
}

/**
 * Starts exporting spans to an OpenTelemetry collector or backend at `endpoint`: a base URL
 * (`http://localhost:4318`, to which `/v1/traces` is added, as `OTEL_EXPORTER_OTLP_ENDPOINT`
 * works) or the full traces URL (any other path, used as given).
 *
 * @throws CliError when `endpoint` is not an http(s) URL.
 */
export function startOtlpTracing(endpoint: string, serviceName: string): OtlpTracing {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(endpoint) }))],
  });
  return {
    tracer: provider.getTracer("@instr/cli"),
    shutdown: () => provider.shutdown(),
  };
}

function tracesUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new CliError(`--otlp needs an http(s) URL, got "${endpoint}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CliError(`--otlp needs an http(s) URL, got "${endpoint}".`);
  }
  if (url.pathname === "/") url.pathname = "/v1/traces";
  return url.href;
}
