import type { ExtractionQueue } from "../queue/create-extraction-queue.js";

/** A job in the failed set, as `instr status --failed` lists it. */
export interface FailedJob {
  id: string;
  /** `<ErrorName>: <message>` of its last run. */
  failedReason: string;
  /** The job's `meta` (e.g. the input document's id); undefined when unreadable or absent. */
  meta: Record<string, unknown> | undefined;
  /** When it failed (ms since the epoch). */
  finishedOn: number | undefined;
}

/**
 * The most recent failed jobs, newest first, up to `limit` (default 100). Read field by field,
 * so a job whose stored data is not JSON is listed too.
 */
export async function getFailedJobs(
  queue: ExtractionQueue,
  options: { limit?: number } = {},
): Promise<FailedJob[]> {
  const { limit = 100 } = options;
  const ids = await queue.queue.getRanges(["failed"], 0, limit - 1, false);
  const client = await queue.queue.client;
  return Promise.all(
    ids.map(async (id) => {
      const [failedReason, data, finishedOn] = await client.hmget(
        queue.queue.toKey(id),
        "failedReason",
        "data",
        "finishedOn",
      );
      return {
        id,
        failedReason: failedReason ?? "",
        meta: metaOf(data),
        finishedOn: finishedOn === null ? undefined : Number(finishedOn),
      };
    }),
  );
}

function metaOf(data: string | null | undefined): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(data ?? "null");
    if (typeof parsed !== "object" || parsed === null || !("meta" in parsed)) return undefined;
    const { meta } = parsed;
    return typeof meta === "object" && meta !== null && !Array.isArray(meta)
      ? Object.fromEntries(Object.entries(meta))
      : undefined;
  } catch {
    return undefined; // unreadable data: the listing still shows its id and reason
  }
}
