// The `./schema.js` module the packages/queue/README.md snippets import.
import { defineSchema } from "@instr/queue";
import { z } from "zod";

export const User = defineSchema("user", z.object({ name: z.string(), age: z.number().int() }));
