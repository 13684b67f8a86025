// Free names of the packages/google/README.md snippets: later blocks continue the first.
import { GoogleGenAI } from "@google/genai";
import { fromGoogle } from "@instr/google";
import { z } from "zod";

const instructor = fromGoogle(new GoogleGenAI({ apiKey: "any" }));
const User = z.object({ name: z.string(), age: z.number().int() });

export { GoogleGenAI, instructor, User };
