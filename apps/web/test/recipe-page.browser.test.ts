import { existsSync } from "node:fs";
import {
  CHROMIUM_PATH,
  type HeadlessChromium,
  launchChromium,
} from "@instr/runtimes/launch-chromium";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExample } from "./example-server.fixture.js";

// Debian's chromium (`apt-get install -y chromium`; .ci/run installs it), driven by
// playwright-core with a fresh profile: Playwright's own browser download is not used.
let example: Awaited<ReturnType<typeof startExample>>;
let chromium: HeadlessChromium;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium).`);
  }
  example = await startExample();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await example?.close();
});

/** Opens the page and records every text the title showed, from now on. */
async function openPage(): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(example.web.url);
  await page.evaluate(() => {
    const title = document.querySelector('[data-testid="title"]');
    const seen: string[] = [];
    Reflect.set(window, "titles", seen);
    if (title === null) throw new Error("no title element");
    new MutationObserver(() => seen.push(title.textContent ?? "")).observe(title, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return page;
}

async function titlesSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen: unknown = Reflect.get(window, "titles");
    return Array.isArray(seen) ? seen.map(String) : [];
  });
}

async function submit(page: Page, options: { invalidFirst?: boolean; slow?: boolean } = {}) {
  if (options.invalidFirst === true) await page.check('input[name="invalidFirst"]');
  if (options.slow === true) await page.check('input[name="slow"]');
  await page.click('button[type="submit"]');
}

describe("the example page in chromium", () => {
  it("shows partial values while the answer streams, then the validated recipe", async () => {
    const page = await openPage();
    await submit(page);
    await page.waitForSelector('[data-state="done"]', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="title"]')).toBe("Simple pancakes");
    expect(await page.locator('[data-testid="steps"] li').count()).toBe(4);
    expect(await page.textContent('[data-testid="usage"]')).toMatch(/Validated\. \d+ tokens/);
    const titles = await titlesSeen(page);
    // Intermediate partial titles reached the DOM before the final one.
    const partial = titles.filter((t) => t !== "" && t !== "Simple pancakes");
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((t) => "Simple pancakes".startsWith(t))).toBe(true);
    expect(
      Number(/(\d+) updates/.exec((await page.textContent('[data-testid="state"]')) ?? "")?.[1]),
    ).toBeGreaterThan(5);
    await page.close();
  });

  it("shows a re-asked call as a restart, then the validated recipe", async () => {
    const page = await openPage();
    await submit(page, { invalidFirst: true });
    await page.waitForSelector('[data-state="done"]', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="restart"]')).toMatch(/attempt 2 starts over/);
    expect(await page.textContent('[data-testid="state"]')).toMatch(/attempt 2/);
    const titles = await titlesSeen(page);
    // The title was written once, cleared by the restart, and written again.
    const cleared = titles.findIndex((t, i) => t === "" && i > 0 && titles[i - 1] !== "");
    expect(cleared).toBeGreaterThan(0);
    expect(titles.slice(cleared).some((t) => t !== "" && t !== "Simple pancakes")).toBe(true);
    expect(titles.at(-1)).toBe("Simple pancakes");
    await page.close();
  });

  it("stop ends the server's stream while the answer is still coming", async () => {
    const page = await openPage();
    await submit(page, { slow: true });
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="title"]')?.textContent ?? "") !== "",
      undefined,
      { timeout: 20_000 },
    );
    expect(example.web.openStreams).toBe(1);
    await page.click("text=Stop");
    // The whole slow answer takes ~10 s; the route's stream must end within 5 s of stop.
    for (let i = 0; i < 250 && example.web.openStreams > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(example.web.openStreams).toBe(0);
    expect(await page.getAttribute('[data-testid="state"]', "data-state")).toBe("idle");
    expect(await page.textContent('[data-testid="title"]')).not.toBe("");
    await page.close();
  });
});
