// @vitest-environment happy-dom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, expectTypeOf, it } from "vitest";
import { MockAdapter, parts, Recipe, routeFetch } from "./test-route.fixture.js";
import { useObject } from "./use-object.js";

// React's act() warns unless the environment says it is a test.
Reflect.set(globalThis, "IS_REACT_ACT_ENVIRONMENT", true);

function RecipeView({ fetch }: { fetch: typeof globalThis.fetch }) {
  const { object, isLoading, attempt, error, submit, stop } = useObject({
    api: "/api/recipe",
    schema: Recipe,
    fetch,
  });
  expectTypeOf(object?.title).toEqualTypeOf<string | undefined>();
  return (
    <div>
      <button type="button" id="go" onClick={() => submit({ dish: "pancakes" })}>
        go
      </button>
      <button type="button" id="stop" onClick={stop}>
        stop
      </button>
      <p id="title">{object?.title ?? ""}</p>
      <p id="steps">{object?.steps?.join(",") ?? ""}</p>
      <p id="status">{`${isLoading ? "loading" : "idle"} ${attempt} ${error?.kind ?? ""}`}</p>
    </div>
  );
}

describe("useObject", () => {
  it("renders on the server without fetching (SSR-safe)", () => {
    let fetched = false;
    const html = renderToString(
      <RecipeView
        fetch={() => {
          fetched = true;
          return Promise.reject(new Error("no"));
        }}
      />,
    );
    expect(html).toContain("idle 0");
    expect(fetched).toBe(false);
  });

  it("fills the DOM in while the answer streams and ends with the validated value", async () => {
    const adapter = new MockAdapter().enqueueStream(
      parts('{"title": "pancakes", "steps": ["mix", "fry"]}', 2),
      { delayMs: 2 },
    );
    const container = document.createElement("div");
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<RecipeView fetch={routeFetch(adapter).fetch} />));
    const text = (id: string) => container.querySelector(`#${id}`)?.textContent ?? "";
    const seen = new Set<string>();
    const observer = new MutationObserver(() => seen.add(text("title")));
    observer.observe(container, { subtree: true, characterData: true, childList: true });
    await act(async () => {
      container.querySelector<HTMLButtonElement>("#go")?.click();
    });
    for (let i = 0; i < 200 && !text("status").startsWith("idle"); i++) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    }
    observer.disconnect();
    expect(text("title")).toBe("PANCAKES");
    expect(text("steps")).toBe("mix,fry");
    expect(text("status")).toBe("idle 1 ");
    // Intermediate partial titles were on screen before the final one.
    expect(
      [...seen].some((t) => t.length > 0 && "pancakes".startsWith(t) && t !== "pancakes"),
    ).toBe(true);
    await act(async () => root.unmount());
  });
});
