/**
 * Cerebras model ids, as the Cerebras model catalogue listed them (checked 2026-12-03)
 * (https://inference-docs.cerebras.ai/models/overview): `gpt-oss-120b` and `qwen-3.8-27b` on
 * Shared Inference, `gemma-4-31b` on Dedicated Inference, `kimi-k2.7-code` in customer trials.
 * Any other string is accepted too (new or dedicated models), without editor completion.
 */
export type CerebrasModelId =
  | "gpt-oss-120b"
  | "qwen-3.8-27b"
  | "gemma-4-31b"
  | "kimi-k2.7-code"
  | (string & {});
