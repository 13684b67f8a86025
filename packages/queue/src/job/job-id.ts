import { stableHash } from "../hash/stable-hash.js";
import type { ExtractionJob } from "./extraction-job.js";

/**
 * The BullMQ job id of an extraction: `<schema name>-<hash of the work>`. Equal inputs get equal
 * ids, and BullMQ ignores an `add` whose id already exists, so enqueueing the same document
 * twice does the work once.
 */
export function extractionJobId(job: ExtractionJob): string {
  const { schema, model, prompt, system, messages, mode, settings } = job;
  const work = {
    schema: { name: schema.name, hash: schema.hash },
    model,
    prompt,
    system,
    messages,
    mode,
    settings,
  };
  return `${schema.name}-${stableHash(work).slice(0, 32)}`;
}
