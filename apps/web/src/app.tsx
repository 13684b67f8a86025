import { useObject } from "@instr/react";
import { type FormEvent, useState } from "react";
import { Recipe } from "./recipe.js";

/** A form, the recipe filling in live, the validated value, and a re-ask shown as a restart. */
export function App() {
  const [updates, setUpdates] = useState(0);
  const [restarts, setRestarts] = useState<number[]>([]);
  const { object, isLoading, attempt, error, usage, submit, stop } = useObject({
    api: "/api/recipe",
    schema: Recipe,
  });
  // Counted while rendering a new snapshot: how many partial values reached the screen.
  const [seen, setSeen] = useState<unknown>(undefined);
  if (object !== seen) {
    setSeen(object);
    setUpdates((n) => n + 1);
  }
  const [lastAttempt, setLastAttempt] = useState(attempt);
  if (attempt !== lastAttempt) {
    setLastAttempt(attempt);
    if (attempt > 1) setRestarts((list) => [...list, attempt]);
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setUpdates(0);
    setRestarts([]);
    submit({
      dish: String(form.get("dish") ?? ""),
      invalidFirst: form.get("invalidFirst") === "on",
      slow: form.get("slow") === "on",
    });
  };
  const state = isLoading ? "streaming" : error !== undefined ? "failed" : usage ? "done" : "idle";
  return (
    <main style={{ fontFamily: "system-ui", maxWidth: 640, margin: "2rem auto" }}>
      <h1>Recipe, streamed and validated</h1>
      <form onSubmit={onSubmit}>
        <input name="dish" defaultValue="pancakes" aria-label="dish" />
        <label>
          <input type="checkbox" name="invalidFirst" /> invalid first answer (shows a re-ask)
        </label>
        <label>
          <input type="checkbox" name="slow" /> slow
        </label>
        <button type="submit" disabled={isLoading}>
          Write the recipe
        </button>
        <button type="button" onClick={stop} disabled={!isLoading}>
          Stop
        </button>
      </form>
      <p data-testid="state" data-state={state}>
        {state} · attempt {attempt} · {updates} updates
      </p>
      {restarts.map((n) => (
        <p key={n} data-testid="restart">
          The answer failed validation: re-asked, attempt {n} starts over.
        </p>
      ))}
      <h2 data-testid="title">{object?.title ?? ""}</h2>
      {object?.servings !== undefined && <p data-testid="servings">Serves {object.servings}</p>}
      <ul data-testid="ingredients">
        {object?.ingredients?.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a streamed list only grows at its end: the index is the item's identity
          <li key={i}>
            {item?.quantity} {item?.name}
          </li>
        ))}
      </ul>
      <ol data-testid="steps">
        {object?.steps?.map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a streamed list only grows at its end: the index is the item's identity
          <li key={i}>{step}</li>
        ))}
      </ol>
      {usage && (
        <p data-testid="usage">
          Validated. {usage.totalTokens} tokens over {attempt} attempt(s).
        </p>
      )}
      {error && (
        <p role="alert" data-testid="error">
          {error.message}
        </p>
      )}
    </main>
  );
}
