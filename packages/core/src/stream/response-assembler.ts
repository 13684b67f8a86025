import type { AdapterResponse, AdapterStreamPart } from "../types/adapter.js";
import type { ToolCall } from "../types/message.js";
import type { Usage } from "../types/usage.js";

/**
 * Adds up the parts of a streamed completion into the `AdapterResponse` a whole completion would
 * have been, so streamed answers are evaluated, recorded and re-asked exactly like whole ones.
 */
export class ResponseAssembler {
  private text = "";
  private sawText = false;
  private reasoning = "";
  /** By the stream's tool-call index (may be sparse until the stream ends). */
  private readonly calls: ToolCall[] = [];
  private finish: Extract<AdapterStreamPart, { type: "finish" }> | undefined;

  /** Adds one part. */
  add(part: AdapterStreamPart): void {
    switch (part.type) {
      case "text-delta":
        this.text += part.delta;
        this.sawText = true;
        break;
      case "reasoning-delta":
        this.reasoning += part.delta;
        break;
      case "tool-call-delta": {
        const call = this.calls[part.index] ?? { id: "", name: "", arguments: "" };
        // The id and name arrive on a call's first delta; later deltas may repeat them.
        call.id = part.id ?? call.id;
        call.name = part.name ?? call.name;
        call.arguments += part.argumentsDelta;
        this.calls[part.index] = call;
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

  /**
   * The assembled response. A stream that ended without a finish part reports finish reason
   * `"other"` (its answer is then judged on what arrived).
   */
  response(): AdapterResponse {
    const usage: Usage | undefined = this.finish?.usage;
    return {
      text: this.sawText ? this.text : null,
      toolCalls: this.calls.filter((call) => call !== undefined),
      ...(this.reasoning === "" ? {} : { reasoning: this.reasoning }),
      finishReason: this.finish?.finishReason ?? "other",
      ...(usage === undefined ? {} : { usage }),
      raw: this.finish?.raw ?? null,
    };
  }
}
