// Free names of the docs/errors.md snippets.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { z } from "zod";

export const instructor = fromCerebras(new Cerebras());
export const User = z.object({ name: z.string(), age: z.number().int() });
export const model = "gpt-oss-120b";
export const prompt = "Extract: Jason is 25 years old";
export declare function scheduleLater(headers: Record<string, string>): void;
export declare function log(entry: unknown): void;
