import { Mode } from "@instr/core";
import { z } from "zod";

const message = z.looseObject({ role: z.enum(["system", "user", "assistant", "tool"]) });

// The shape of ExtractionJob as it arrives from Redis, where anything may have written it.
const jobData = z
  .object({
    schema: z.object({ name: z.string(), hash: z.string() }),
    model: z.string(),
    prompt: z.string().optional(),
    system: z.string().optional(),
    messages: z.array(message).optional(),
    mode: z.enum(Mode).optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
    meta: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((job) => job.prompt !== undefined || (job.messages?.length ?? 0) > 0, {
    message: "needs a prompt or messages",
  });

/**
 * Why a job's data (parsed JSON, written by anyone with access to Redis) is not an
 * `ExtractionJob`, or undefined when it is one.
 */
export function invalidJobReason(data: unknown): string | undefined {
  const parsed = jobData.safeParse(data);
  if (parsed.success) return undefined;
  const issues = parsed.error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join(".") : "data"}: ${issue.message}`,
  );
  return `its data is not an extraction job (${issues.join("; ")})`;
}
