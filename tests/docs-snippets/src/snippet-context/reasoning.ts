// Free names of the docs/reasoning.md snippets.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { z } from "zod";

export const client = new Cerebras();
export const instructor = fromCerebras(client);
export const User = z.object({ name: z.string(), age: z.number().int() });
export const model = "gpt-oss-120b";
export const prompt = "Extract: Jason is 25 years old";
export declare function log(line: string): void;
export declare function render(partial: unknown): void;
