// The schema every enqueuer and worker shares: its name and content hash travel with each job.
import { defineSchema } from "@instr/queue";
import { z } from "zod";

export const User = defineSchema("user", z.object({ name: z.string(), age: z.number().int() }));
