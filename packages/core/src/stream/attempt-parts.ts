import type { HookEmitter } from "../hooks/hook-emitter.js";
import { ThinkStream } from "../reasoning/think-stream.js";
import type { AdapterStreamPart } from "../types/adapter.js";
import type { AnswerFeed } from "./answer-feed.js";
import { ResponseAssembler } from "./response-assembler.js";

/**
 * Where the parts of one streamed attempt go: `<think>` reasoning split out of the text first
 * (`ThinkStream`), then every part into the assembled response and the answer feed, and each
 * reasoning delta to the `reasoning` hook.
 */
export class AttemptParts {
  readonly assembled = new ResponseAssembler();
  private readonly think: ThinkStream;

  constructor(
    private readonly feed: AnswerFeed,
    private readonly hooks: HookEmitter,
    private readonly attempt: number,
  ) {
    this.think = new ThinkStream(feed.mode);
  }

  /** Adds one provider part; returns true when answer text reached the parser. */
  add(part: AdapterStreamPart): boolean {
    const parts = this.think.split(part);
    if (!Array.isArray(parts)) return this.addOne(parts);
    let fed = false;
    for (const each of parts) if (this.addOne(each)) fed = true;
    return fed;
  }

  /** Adds what the think splitter held back at the end of the stream; true as `add`. */
  end(): boolean {
    let fed = false;
    for (const part of this.think.end()) if (this.addOne(part)) fed = true;
    return fed;
  }

  private addOne(part: AdapterStreamPart): boolean {
    this.assembled.add(part);
    if (part.type === "reasoning-delta" && this.hooks.listens("reasoning")) {
      this.hooks.emit("reasoning", { delta: part.delta, attempt: this.attempt });
    }
    return this.feed.add(part, this.assembled);
  }
}
