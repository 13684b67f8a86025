import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join } from "node:path";
import { type HeadlessChromium, launchChromium } from "../browser/launch-chromium.js";
import type { SmokeOutcome, SmokeTarget } from "../smoke/smoke-program.js";
import { parseOutcome } from "./smoke-outcome-json.js";

const TYPES: Record<string, string> = {
  "/": "text/html; charset=utf-8",
  "/app.js": "text/javascript; charset=utf-8",
};

/**
 * Serves the bundled page from its own loopback origin (so every call to the mock servers is
 * cross-origin, as from a real site), opens it in headless chromium and reads the outcome the
 * page leaves in `<body data-outcome>`.
 */
export async function runInChromium(
  site: string,
  target: SmokeTarget,
  timeoutMs: number,
): Promise<SmokeOutcome> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const type = TYPES[path];
    if (type === undefined) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(site, path === "/" ? "index.html" : path)).then(
      (body) => response.writeHead(200, { "content-type": type }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("expected a TCP address");
  const { port } = address;
  const pageErrors: string[] = [];
  let chromium: HeadlessChromium | undefined;
  try {
    chromium = await launchChromium();
    const page = await chromium.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    const query = new URLSearchParams({ cerebras: target.cerebrasURL, openai: target.openaiURL });
    await page.goto(`http://127.0.0.1:${port}/?${query}`, { timeout: timeoutMs });
    const body = await page.waitForSelector("body[data-outcome]", {
      state: "attached",
      timeout: timeoutMs,
    });
    return parseOutcome((await body.getAttribute("data-outcome")) ?? "");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: [reason, ...pageErrors].join("\n") };
  } finally {
    await chromium?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
