// Free names of the docs/telemetry.md snippets.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { RetryError } from "@instr/core";
import { trace } from "@opentelemetry/api";
import { z } from "zod";

export { Cerebras, fromCerebras, RetryError, trace };

export const client = fromCerebras(new Cerebras());
export const Invoice = z.object({ number: z.string(), total: z.number() });
export const text = "Invoice 42, total 99.50";
