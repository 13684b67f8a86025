import type { AdapterStreamPart } from "../types/adapter.js";
import type { Mode } from "../types/mode.js";
import { holdsProse } from "./split-think-response.js";
import { ThinkSplitter } from "./think-splitter.js";

/**
 * The `ThinkSplitter` over a provider's stream parts: a text delta comes out as the reasoning it
 * ended (a `reasoning-delta`) and the answer text it holds (a `text-delta`), either possibly
 * absent; every other part, and every text delta once the answer has begun, passes unchanged.
 */
export class ThinkStream {
  private readonly splitter: ThinkSplitter;

  constructor(mode: Mode) {
    this.splitter = new ThinkSplitter(holdsProse(mode));
  }

  /** `part` itself when it passes unchanged, else the parts it becomes (maybe none yet). */
  split(part: AdapterStreamPart): AdapterStreamPart | AdapterStreamPart[] {
    if (part.type !== "text-delta" || this.splitter.answering) return part;
    const answer = this.splitter.push(part.delta);
    return this.parts(answer === part.delta ? part : answer);
  }

  /** The parts held back at the end of the stream. */
  end(): AdapterStreamPart[] {
    return this.parts(this.splitter.end());
  }

  private parts(answer: string | AdapterStreamPart): AdapterStreamPart[] {
    const parts: AdapterStreamPart[] = [];
    const thought = this.splitter.takeReasoning();
    if (thought !== "") parts.push({ type: "reasoning-delta", delta: thought });
    if (typeof answer !== "string") parts.push(answer);
    else if (answer !== "") parts.push({ type: "text-delta", delta: answer });
    return parts;
  }
}
