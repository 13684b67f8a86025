import type { Mode } from "../types/mode.js";

/** What a rejection was for: a provider's model, in whole or streamed requests. */
export interface ModeTarget {
  provider: string;
  model: string;
  stream: boolean;
}

/**
 * The modes providers rejected, per provider and model, for the lifetime of one client and the
 * clients `with()` made from it (they share the adapter, so they share what it learned). A
 * rejection of a streamed request that was about streaming counts for streamed requests only.
 */
export class ModeMemory {
  private readonly rejections = new Map<string, Set<Mode>>();

  /** Records that `mode` was rejected for `target` (for streams only when `streamOnly`). */
  remember(target: ModeTarget, mode: Mode, streamOnly: boolean): void {
    const key = keyOf(target.provider, target.model, streamOnly);
    const modes = this.rejections.get(key);
    if (modes === undefined) this.rejections.set(key, new Set([mode]));
    else modes.add(mode);
  }

  /** Whether `mode` was rejected for `target` before. */
  isRejected(target: ModeTarget, mode: Mode): boolean {
    if (this.rejections.size === 0) return false;
    const whole = this.rejections.get(keyOf(target.provider, target.model, false));
    if (whole?.has(mode) === true) return true;
    return (
      target.stream &&
      this.rejections.get(keyOf(target.provider, target.model, true))?.has(mode) === true
    );
  }
}

function keyOf(provider: string, model: string, streamOnly: boolean): string {
  // NUL cannot occur in a provider name or a model id the provider accepts.
  return `${streamOnly ? "stream" : "any"}\u0000${provider}\u0000${model}`;
}
