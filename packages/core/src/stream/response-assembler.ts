import type { AdapterResponse, AdapterStreamPart } from "../types/adapter.js";
import type { ReasoningPart } from "../types/content-part.js";
import type { ToolCall } from "../types/message.js";

/**
 * Adds up the parts of a streamed completion into the `AdapterResponse` a whole completion would
 * have been, so streamed answers are evaluated, recorded and re-asked exactly like whole ones.
 */
export class ResponseAssembler {
  /**
   * The text deltas, joined once in `response`: a list keeps far fewer live objects for the
   * garbage collector to trace while a long answer streams than a string grown per delta.
   */
  private readonly textDeltas: string[] = [];
  private sawText = false;
  private refusal = "";
  private sawRefusal = false;
  private readonly reasoning: ReasoningPart[] = [];
  /** The reasoning part deltas are added to; undefined when the next delta starts a new one. */
  private openReasoning: ReasoningPart | undefined;
  /** By the stream's tool-call index (may be sparse until the stream ends). */
  private readonly calls: ToolCall[] = [];
  private finish: Extract<AdapterStreamPart, { type: "finish" }> | undefined;

  /** Adds one part. */
  add(part: AdapterStreamPart): void {
    switch (part.type) {
      case "text-delta":
        this.textDeltas.push(part.delta);
        this.sawText = true;
        this.openReasoning = undefined;
        break;
      case "reasoning-delta":
        this.addReasoning(part);
        break;
      case "refusal-delta":
        this.refusal += part.delta;
        this.sawRefusal = true;
        break;
      case "tool-call-delta": {
        const call = this.calls[part.index] ?? { id: "", name: "", arguments: "" };
        // The id and name arrive on a call's first delta; later deltas may repeat them.
        call.id = part.id ?? call.id;
        call.name = part.name ?? call.name;
        call.arguments += part.argumentsDelta;
        if (part.providerMetadata !== undefined) {
          call.providerMetadata = { ...call.providerMetadata, ...part.providerMetadata };
        }
        this.calls[part.index] = call;
        this.openReasoning = undefined;
        break;
      }
      default:
        this.finish = part;
    }
  }

  /** The tool call at a stream index, as assembled so far. */
  toolCall(index: number): ToolCall | undefined {
    return this.calls[index];
  }

  /** Whether a finish part arrived. */
  finished(): boolean {
    return this.finish !== undefined;
  }

  /**
   * The assembled response. A stream that ended without a finish part reports finish reason
   * `"other"` (callers treat such a stream as broken before asking for it).
   */
  response(): AdapterResponse {
    const finish = this.finish;
    return {
      text: this.sawText ? this.textDeltas.join("") : null,
      toolCalls: this.calls.filter((call) => call !== undefined),
      ...(this.reasoning.length === 0 ? {} : { reasoning: this.reasoning }),
      ...(this.sawRefusal ? { refusal: this.refusal } : {}),
      finishReason: finish?.finishReason ?? "other",
      ...(finish?.usage === undefined ? {} : { usage: finish.usage }),
      ...(finish?.providerMetadata === undefined
        ? {}
        : { providerMetadata: finish.providerMetadata }),
      raw: finish?.raw ?? null,
    };
  }

  private addReasoning(part: Extract<AdapterStreamPart, { type: "reasoning-delta" }>): void {
    let open = this.openReasoning;
    if (open === undefined) {
      open = { type: "reasoning", text: "" };
      this.reasoning.push(open);
      this.openReasoning = open;
    }
    open.text += part.delta;
    if (part.providerMetadata !== undefined) {
      // Metadata (e.g. a signature) completes its part.
      open.providerMetadata = { ...open.providerMetadata, ...part.providerMetadata };
      this.openReasoning = undefined;
    }
  }
}
