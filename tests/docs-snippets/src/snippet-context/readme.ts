// Free names of the README snippets: each section continues the first
// block (client, User) and earlier sections (Address, UppercaseUser, sentences, …).
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { z } from "zod";

export { Mode, ProviderError, RetryError } from "@instr/core";
export { Cerebras, fromCerebras, z };

export const client = fromCerebras(new Cerebras());
export const User = z.object({ name: z.string(), age: z.number().int() }).meta({ title: "User" });
export const Address = z.object({ street: z.string(), city: z.string(), country: z.string() });
export const UserWithAddresses = User.extend({ addresses: z.array(Address) });
export const UppercaseUser = User.extend({ name: z.string() });
export const Adult = User.extend({ age: z.number().int().min(30) });
export const model = "gpt-oss-120b";
export const prompt = "Extract: Jason is 25 years old";
export const sentences: string[] = [];
export const documents: string[] = [];
