// Free names of the docs/schemas.md snippets.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";

export const client = fromCerebras(new Cerebras());
export const model = "gpt-oss-120b";
export const prompt = "Extract: Jason is 25 years old";
