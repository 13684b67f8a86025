// Free names of the docs/batch.md snippets.
import fs from "node:fs";
import readline from "node:readline";
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import type { BatchItemResult, Usage } from "@instr/core";
import { z } from "zod";

export { fs, readline };

export const instructor = fromCerebras(new Cerebras());
export const Invoice = z.object({ number: z.string(), total: z.number() });
export const documents: string[] = [];
export declare function save(invoice: z.output<typeof Invoice>, usage: Usage): void;
export declare function report(index: number, error: unknown): void;
export declare const out: {
  write(result: BatchItemResult<z.output<typeof Invoice>>): Promise<void>;
};
