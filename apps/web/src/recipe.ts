import { z } from "zod";

/** What the page asks for; the route and the page share it. */
export const Recipe = z.object({
  title: z.string().min(1),
  servings: z.number().int().positive(),
  ingredients: z.array(z.object({ name: z.string(), quantity: z.string() })).min(1),
  steps: z.array(z.string()).min(1),
});

/** The body the page POSTs to the route. */
export const RecipeRequest = z.object({
  dish: z.string().min(1).max(200),
  /** Mock server only: its first answer is invalid, so the route's re-ask shows as a restart. */
  invalidFirst: z.boolean().default(false),
  /** Mock server only: stream slowly (to try `stop`). */
  slow: z.boolean().default(false),
});

/** The route's input, as parsed from the page's body. */
export type RecipeInput = z.output<typeof RecipeRequest>;
