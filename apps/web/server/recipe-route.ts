import { type Instructor, toResponse } from "@instr/core";
import { Recipe, type RecipeInput, RecipeRequest } from "../src/recipe.js";

/** What the route is built from. */
export interface RecipeRouteOptions {
  instructor: Instructor;
  model: string;
  /** Told each valid request's input and prompt before the call (the mock's script uses it). */
  onInput?: (input: RecipeInput, prompt: string) => void;
}

/** The prompt for one dish. */
export function recipePrompt(dish: string): string {
  return `Write a short recipe for ${dish}.`;
}

/**
 * The API route, as a fetch-style handler (`Request` in, `Response` out): the same body works as
 * a Next.js route handler or a Hono handler. The request's signal goes to the call, so a browser
 * that stops (or leaves) ends the provider stream too.
 */
export function recipeRoute({ instructor, model, onInput }: RecipeRouteOptions) {
  return async (request: Request): Promise<Response> => {
    const input = RecipeRequest.safeParse(await request.json().catch(() => undefined));
    if (!input.success) return Response.json({ error: input.error.message }, { status: 400 });
    const prompt = recipePrompt(input.data.dish);
    onInput?.(input.data, prompt);
    return toResponse(
      instructor.generateStream({ responseModel: Recipe, model, prompt, signal: request.signal }),
    );
  };
}
