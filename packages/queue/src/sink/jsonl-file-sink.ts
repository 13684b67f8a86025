import { appendFile } from "node:fs/promises";
import type { ResultSink } from "./result-sink.js";

/**
 * Appends one JSON line per result to `path` (and per final failure to `failuresPath`, when
 * given). Append-only, so a job re-run after a worker crash may appear twice; use
 * {@link redisHashSink} when every job must appear exactly once. Each process appends whole
 * lines with `O_APPEND`, so several workers on one machine may share the file.
 */
export function jsonlFileSink(path: string, options: { failuresPath?: string } = {}): ResultSink {
  const { failuresPath } = options;
  return {
    async write(result) {
      await appendFile(path, `${JSON.stringify(result)}\n`);
    },
    async fail(failure) {
      if (failuresPath !== undefined)
        await appendFile(failuresPath, `${JSON.stringify(failure)}\n`);
    },
  };
}
