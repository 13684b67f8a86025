// Free names of the docs/streaming-to-a-ui.md snippets.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { z } from "zod";

export { readEventStream, toResponse } from "@instr/core";

export const instructor = fromCerebras(new Cerebras());
export const Recipe = z.object({ title: z.string(), steps: z.array(z.string()) });
export const RecipeRequest = z.object({ dish: z.string() });
export const model = "llama-3.3-70b";
export const prompt = "Write a short recipe for pancakes.";
export declare function render(value: unknown): void;
export declare function save(value: z.output<typeof Recipe>, usage: unknown): void;
export declare function report(error: unknown): void;
