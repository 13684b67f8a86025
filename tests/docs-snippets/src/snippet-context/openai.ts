// Free names of packages/openai/README.md: later blocks continue the first one.
import { fromOpenAI } from "@instr/openai";
import OpenAI from "openai";
import { z } from "zod";

export { fromOpenAI, OpenAI, z };
