import { basename, extname } from "node:path";
import { defineSchema, type ExtractionSchema } from "@instr/queue";
import { loadSchema } from "../schema/load-schema.js";

/**
 * The `--schema` of a queue command as a registered schema. Enqueuer and workers name it the
 * same way from the same spec (the export after `#`, else the file name without extension), and
 * the content hash tells them apart when their files differ.
 */
export async function loadQueueSchema(spec: string, cwd: string): Promise<ExtractionSchema> {
  const hash = spec.lastIndexOf("#");
  const file = hash === -1 ? spec : spec.slice(0, hash);
  const name = hash === -1 ? basename(file, extname(file)) : spec.slice(hash + 1);
  return defineSchema(name.replace(/[^A-Za-z0-9_.-]/g, "_"), await loadSchema(spec, cwd));
}
