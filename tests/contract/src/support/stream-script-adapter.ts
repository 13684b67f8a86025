import { type JsonSchema, Mode } from "@instr/core";
import type {
  AdapterRequest,
  AdapterStreamPart,
  InputKind,
  ProviderAdapter,
} from "@instr/core/adapter";

/** One scripted stream: the parts to send for this request. */
export type StreamScript = (request: AdapterRequest) => AsyncIterable<AdapterStreamPart>;

/**
 * A provider written from the spec alone whose streams are functions of the request, for answers
 * that depend on the schema core sent (the array wrapper of generateIterable) or that must wait
 * for the consumer.
 */
export class StreamScriptAdapter implements ProviderAdapter {
  readonly specificationVersion = "v2";
  readonly provider = "stream-script";
  readonly defaultMode = Mode.JSON;
  readonly supportedModes = [Mode.JSON, Mode.JSON_SCHEMA, Mode.MD_JSON];
  readonly requests: AdapterRequest[] = [];

  constructor(private readonly scripts: StreamScript[]) {}

  inputKinds(): readonly InputKind[] {
    return ["text"];
  }

  complete(): never {
    throw new Error("StreamScriptAdapter only streams");
  }

  stream(request: AdapterRequest): AsyncIterable<AdapterStreamPart> {
    this.requests.push(request);
    const script = this.scripts.shift();
    if (script === undefined) throw new Error(`no script for stream #${this.requests.length}`);
    return script(request);
  }
}

/** The JSON text of `elements` in the shape the request's schema asks for. */
export function iterableText(request: AdapterRequest, elements: readonly unknown[]): string {
  return elementsAs(request.schema.jsonSchema, elements);
}

/**
 * The JSON text of `elements` in the shape `schema` (what generateIterable sent) asks for: a bare
 * array, or an object whose only property is the array.
 */
export function elementsAs(schema: JsonSchema, elements: readonly unknown[]): string {
  if (schema.type === "array") return JSON.stringify(elements);
  const keys = Object.keys(schema.properties ?? {});
  const [key] = keys;
  if (keys.length !== 1 || key === undefined) {
    throw new Error(`cannot tell the array in ${JSON.stringify(schema)}`);
  }
  return JSON.stringify({ [key]: elements });
}
