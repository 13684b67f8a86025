import { type Attributes, context, type Tracer, trace } from "@opentelemetry/api";

/**
 * What the OpenTelemetry SDK alone costs for what a traced `generate` of one attempt records:
 * the call span and its attempt span, with the attributes instr gives at start (for samplers)
 * and at the end, made directly through the tracer with no instr code around them. It is the
 * floor of any tracing of such a call; what a traced `generate` adds beyond it is instr's own.
 */
export function sdkSpansAlone(tracer: Tracer, model: string): () => Promise<void> {
  const atStart = (first: Attributes): Attributes => ({
    ...first,
    "gen_ai.provider.name": "instant",
    "gen_ai.request.model": model,
  });
  const callStart = { kind: 0, attributes: atStart({ "instr.method": "generate" }) };
  const attemptStart = { kind: 2, attributes: atStart({ "gen_ai.operation.name": "chat" }) };
  return async () => {
    const parent = context.active();
    const call = tracer.startSpan(`generate ${model}`, callStart, parent);
    const callContext = trace.setSpanContext(parent, call.spanContext());
    const attempt = tracer.startSpan(`chat ${model}`, attemptStart, callContext);
    attempt.setAttributes({
      "gen_ai.output.type": "json",
      "instr.mode": "json_schema",
      "instr.attempt": 1,
      "instr.stream": false,
      "gen_ai.usage.input_tokens": 40,
      "gen_ai.usage.output_tokens": 10,
      "gen_ai.response.finish_reasons": ["stop"],
    });
    attempt.end();
    call.setAttributes({
      "instr.mode": "json_schema",
      "instr.stream": false,
      "instr.usage.input_tokens": 40,
      "instr.usage.output_tokens": 10,
      "instr.usage.total_tokens": 50,
      "instr.attempts": 1,
    });
    call.end();
  };
}
