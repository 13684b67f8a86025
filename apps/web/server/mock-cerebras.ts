import { type MockServer, type Reply, startMockServer } from "@instr/mock-server";
import type { RecipeInput } from "../src/recipe.js";

/** A recipe the loopback Cerebras answers with, as the model would write it. */
function recipeFor(dish: string) {
  return {
    title: `Simple ${dish}`,
    servings: 4,
    ingredients: [
      { name: "flour", quantity: "200 g" },
      { name: "milk", quantity: "300 ml" },
      { name: "eggs", quantity: "2" },
      { name: "butter", quantity: "1 tbsp" },
    ],
    steps: [
      "Whisk the flour, milk and eggs into a smooth batter.",
      "Rest the batter for ten minutes.",
      "Melt the butter in a hot pan and pour in a ladle of batter.",
      "Cook until golden on both sides, then serve warm.",
    ],
  };
}

/** The loopback Cerebras of the example, and how to script its next answers. */
export interface DemoCerebras {
  server: MockServer;
  /** Remembers how to answer `prompt` (the route calls this before each call). */
  plan(input: RecipeInput, prompt: string): void;
}

/**
 * Starts `@instr/mock-server` (127.0.0.1, ephemeral port, Cerebras dialect) answering every
 * recipe prompt with a streamed recipe: a few characters per chunk, a pause between chunks (so
 * the page visibly fills in), and, when the request asked for it, an invalid first answer (no
 * steps) that the route re-asks.
 */
export async function startDemoCerebras(): Promise<DemoCerebras> {
  const plans = new Map<string, RecipeInput>();
  const server = await startMockServer();
  server.setHandler((request): Reply => {
    const messages = bodyMessages(request.body);
    const firstPrompt = messages.find((m) => m.role === "user")?.content ?? "";
    const plan = plans.get(firstPrompt);
    const dish = plan?.dish ?? "pancakes";
    const reasked = messages.some((m) => m.role === "assistant");
    const recipe = recipeFor(dish);
    const invalid = plan?.invalidFirst === true && !reasked;
    const content = JSON.stringify(invalid ? { ...recipe, steps: [] } : recipe);
    return {
      type: "message",
      content,
      stream: { chunkSize: 6, chunkDelayMs: plan?.slow === true ? 250 : 12 },
    };
  });
  return { server, plan: (input, prompt) => plans.set(prompt, input) };
}

/** The chat messages of a recorded request body, as role + text. */
function bodyMessages(body: unknown): { role: string; content: string }[] {
  if (typeof body !== "object" || body === null || !("messages" in body)) return [];
  const { messages } = body;
  if (!Array.isArray(messages)) return [];
  return messages.flatMap((m: unknown) =>
    typeof m === "object" && m !== null && "role" in m && "content" in m
      ? [{ role: String(m.role), content: typeof m.content === "string" ? m.content : "" }]
      : [],
  );
}
