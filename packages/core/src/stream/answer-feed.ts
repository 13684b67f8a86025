import { JsonParseError } from "../errors/json-parse-error.js";
import { createMdJsonExtractor, type MdJsonExtractor } from "../json/md-json-extractor.js";
import type { PartialJsonParser } from "../json/partial-json-parser.js";
import type { AdapterRequest, AdapterStreamPart } from "../types/adapter.js";
import { Mode } from "../types/mode.js";
import type { ResponseAssembler } from "./response-assembler.js";

/**
 * Routes the answer of one streamed attempt into an incremental JSON parser, per mode:
 * - JSON, JSON_SCHEMA: the text deltas;
 * - MD_JSON: the text deltas through the streaming fence extractor (prose and `<think>` skipped);
 * - TOOLS: the argument deltas of the first tool call named `schema.name` (other calls and text
 *   are not the answer).
 * Reasoning deltas are never parsed.
 *
 * A parse error stops the feed (`failed`) instead of throwing: the attempt's whole response is
 * still assembled and evaluated like a non-streamed one, which reports the same error (the
 * parser accepts exactly what `JSON.parse` accepts, within the same answer limits) and re-asks
 * with the model's full answer.
 */
export class AnswerFeed {
  private readonly extractor: MdJsonExtractor | undefined;
  private toolIndex: number | undefined;
  private stopped = false;

  constructor(
    private readonly request: AdapterRequest,
    readonly parser: PartialJsonParser,
  ) {
    this.extractor = request.mode === Mode.MD_JSON ? createMdJsonExtractor() : undefined;
  }

  /** The mode of the attempt's request. */
  get mode(): Mode {
    return this.request.mode;
  }

  /** True once the answer failed to parse; the parser holds its last good state. */
  get failed(): boolean {
    return this.stopped;
  }

  /**
   * Feeds `part` (already added to `assembled`); returns true when answer text reached the
   * parser.
   */
  add(part: AdapterStreamPart, assembled: ResponseAssembler): boolean {
    if (this.stopped) return false;
    if (this.request.mode === Mode.TOOLS) {
      return part.type === "tool-call-delta" && this.addToolDelta(part, assembled);
    }
    if (part.type !== "text-delta") return false;
    return this.push(this.extractor === undefined ? part.delta : this.extractor.push(part.delta));
  }

  /** Flushes text held back at the end of the stream. */
  end(): void {
    if (this.extractor !== undefined && !this.stopped) this.push(this.extractor.end());
  }

  private addToolDelta(
    part: Extract<AdapterStreamPart, { type: "tool-call-delta" }>,
    assembled: ResponseAssembler,
  ): boolean {
    if (this.toolIndex === undefined) {
      const call = assembled.toolCall(part.index);
      if (call?.name !== this.request.schema.name) return false;
      this.toolIndex = part.index;
      // Arguments that came before the name (if a provider sends them so) are not lost.
      return this.push(call.arguments);
    }
    return part.index === this.toolIndex && this.push(part.argumentsDelta);
  }

  private push(text: string): boolean {
    if (text === "") return false;
    try {
      this.parser.push(text);
      return true;
    } catch (error) {
      if (!JsonParseError.isInstance(error)) throw error;
      this.stopped = true;
      return false;
    }
  }
}
