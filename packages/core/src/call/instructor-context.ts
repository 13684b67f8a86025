import type { ModeMemory } from "../fallback/mode-memory.js";
import type { HookEmitter } from "../hooks/hook-emitter.js";
import type { InstructorOptions } from "../instructor-types/instructor.js";
import type { ProviderAdapter } from "../types/adapter.js";

/** Options of an instructor other than its adapter and hooks (those live beside them). */
export type CallDefaults = Omit<InstructorOptions, "adapter" | "hooks">;

/**
 * What every method of one `Instructor` shares: the adapter, the layered options, the hook
 * emitter and what mode fallbacks learned. Every method, the streaming ones in
 * `stream/` included, receives it as its first argument.
 */
export interface InstructorContext<TRaw = unknown> {
  readonly adapter: ProviderAdapter<TRaw>;
  readonly defaults: CallDefaults;
  readonly hooks: HookEmitter;
  /** The modes providers rejected; one per client, shared with the clients `with()` made. */
  readonly modeMemory: ModeMemory;
}
