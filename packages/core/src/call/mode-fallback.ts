import type { ProviderError } from "../errors/provider-error.js";
import { UnsupportedModeError } from "../errors/unsupported-mode-error.js";
import { workingMode } from "../fallback/fallback-order.js";
import type { ModeMemory, ModeTarget } from "../fallback/mode-memory.js";
import { isStreamingRejection } from "../fallback/mode-rejection.js";
import type { Mode } from "../types/mode.js";
import type { ModeRequest } from "./mode-request.js";

/**
 * The mode fallback of one call (`modeFallback` on): the mode it starts in, given what the
 * client learned from earlier rejections, and after a rejection the same attempt's request in
 * the next mode.
 */
export class ModeFallback {
  constructor(
    private readonly memory: ModeMemory,
    private readonly target: ModeTarget,
    private readonly supported: readonly Mode[],
    private readonly build: (mode: Mode) => ModeRequest,
  ) {}

  /** The mode a call that asks for `mode` starts in: the first one not rejected before. */
  startMode(mode: Mode): Mode {
    return workingMode(mode, this.supported, (m) => this.memory.isRejected(this.target, m)) ?? mode;
  }

  /**
   * Remembers that the provider rejected `rejected` (with `error`) and returns the request of
   * the next mode; undefined when no mode is left. A mode the adapter cannot express the schema
   * in is skipped.
   */
  after(rejected: Mode, error: ProviderError): ModeRequest | undefined {
    const streamOnly = this.target.stream && isStreamingRejection(error);
    this.memory.remember(this.target, rejected, streamOnly);
    const unusable = new Set<Mode>();
    const skipped = (mode: Mode) => unusable.has(mode) || this.memory.isRejected(this.target, mode);
    for (;;) {
      const next = workingMode(rejected, this.supported, skipped);
      if (next === undefined) return undefined;
      try {
        return this.build(next);
      } catch (buildError) {
        if (!UnsupportedModeError.isInstance(buildError)) throw buildError;
        unusable.add(next);
      }
    }
  }
}
