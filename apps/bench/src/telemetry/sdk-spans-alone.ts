import { type Attributes, context, type Tracer, trace } from "@opentelemetry/api";

/** The call a traced `generate` makes: its provider name and model (span names, attributes). */
export interface SpannedCall {
  provider: string;
  model: string;
  /** What instr reads from a real provider's completion (`gen_ai.response.model`, `.id`). */
  response?: Attributes;
}

/**
 * What the OpenTelemetry SDK alone costs for what a traced `generate` of one attempt records:
 * the call span and its attempt span, with the attributes instr gives at start (for samplers)
 * and at the end, made directly through the tracer with no instr code around them, the attempt
 * span open while `call` runs (the raw SDK call over loopback, or nothing). It is the floor of any
 * tracing of such a call; what a traced `generate` adds beyond it is instr's own.
 */
export function sdkSpansAlone(
  tracer: Tracer,
  { provider, model, response }: SpannedCall,
  call: () => Promise<unknown> = async () => undefined,
): () => Promise<void> {
  const atStart = (first: Attributes): Attributes => ({
    ...first,
    "gen_ai.provider.name": provider,
    "gen_ai.request.model": model,
  });
  const callStart = { kind: 0, attributes: atStart({ "instr.method": "generate" }) };
  const attemptStart = { kind: 2, attributes: atStart({ "gen_ai.operation.name": "chat" }) };
  return async () => {
    const parent = context.active();
    const span = tracer.startSpan(`generate ${model}`, callStart, parent);
    const callContext = trace.setSpanContext(parent, span.spanContext());
    const attempt = tracer.startSpan(`chat ${model}`, attemptStart, callContext);
    await call();
    attempt.setAttributes({
      "gen_ai.output.type": "json",
      "instr.mode": "json_schema",
      "instr.attempt": 1,
      "instr.stream": false,
      "gen_ai.usage.input_tokens": 40,
      "gen_ai.usage.output_tokens": 10,
      "gen_ai.response.finish_reasons": ["stop"],
      ...response,
    });
    attempt.end();
    span.setAttributes({
      "instr.mode": "json_schema",
      "instr.stream": false,
      "instr.usage.input_tokens": 40,
      "instr.usage.output_tokens": 10,
      "instr.usage.total_tokens": 50,
      "instr.attempts": 1,
    });
    span.end();
  };
}
