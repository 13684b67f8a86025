/** OpenTelemetry `SpanKind` and `SpanStatusCode` values (fixed by the specification). */
export const SPAN_KIND_INTERNAL = 0;
export const SPAN_KIND_CLIENT = 2;
export const STATUS_ERROR = 2;
