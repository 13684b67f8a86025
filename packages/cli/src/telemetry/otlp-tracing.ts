import type { TelemetryTracer } from "@instr/core";
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
 * works) or the full traces URL (any other path, used as given). The OpenTelemetry SDK and
 * exporter are loaded here, so a run without `--otlp` never loads them.
 *
 * @throws CliError when `endpoint` is not an http(s) URL.
 */
export async function startOtlpTracing(
  endpoint: string,
  serviceName: string,
): Promise<OtlpTracing> {
  const url = tracesUrl(endpoint);
  const [exporter, resources, sdk] = await Promise.all([
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace-base"),
  ]);
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new sdk.BatchSpanProcessor(new exporter.OTLPTraceExporter({ url }))],
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
