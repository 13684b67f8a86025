/** What one streamed run ends with: the final value and how many partial values it produced. */
export interface StreamOutcome {
  final: unknown;
  updates: number;
}

/** One way of turning a chunk sequence into partial values, benchmarked against the others. */
export interface StreamContender {
  name: string;
  /**
   * True for peers that re-parse the accumulated text: they can be sampled (parse only after
   * every `stride`-th chunk, time × stride) where a full run would take too long.
   */
  reparses: boolean;
  /** True for the no-parse floor: the verdict also gives ours as a multiple of it. */
  floor?: boolean;
  /**
   * Everything that should not be timed (building stream parts, clients); returns the run that
   * is timed. The run may be called many times.
   */
  prepare(chunks: readonly string[], stride: number): () => Promise<StreamOutcome>;
}
