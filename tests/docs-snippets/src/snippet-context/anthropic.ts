// Free names of the packages/anthropic/README.md snippets: later blocks continue the first.
import Anthropic from "@anthropic-ai/sdk";
import { fromAnthropic } from "@instr/anthropic";
import { z } from "zod";

const instructor = fromAnthropic(new Anthropic());
const User = z.object({ name: z.string(), age: z.number().int() });

export { Anthropic, instructor, User };
