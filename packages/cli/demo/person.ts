import { z } from "zod";

/** The demo's response model, as a zod module (`--schema demo/person.ts`). */
export const Person = z.object({
  name: z.string().describe("The person's first name"),
  age: z.number().int().min(0),
});
