// Free names of the docs/caching.md snippets.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { z } from "zod";

export const client = new Cerebras();
export const User = z.object({ name: z.string(), age: z.number().int() });
export const model = "gpt-oss-120b";
export const prompt = "Extract: Jason is 25 years old";
export declare const metrics: { hit(key: string): void; miss(key: string): void };
