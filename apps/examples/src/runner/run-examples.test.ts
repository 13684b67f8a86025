import { type MockServer, startMockServer } from "@instr/mock-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { offlineContext } from "./create-context.js";
import { runExamples } from "./run-examples.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

it("reports a failing example and an unused script, and still runs the rest", async () => {
  const lines: string[] = [];
  const ctx = offlineContext(server, (line) => lines.push(line));
  const outcomes = await runExamples(
    [
      { name: "throws", title: "T", run: () => Promise.reject(new Error("boom")) },
      {
        name: "unused",
        title: "U",
        run: async (c) => c.script({ type: "message", content: "{}" }),
      },
      { name: "fine", title: "F", run: async () => 42 },
    ],
    ctx,
    (line) => lines.push(line),
    server,
  );
  expect(outcomes.map((o) => [o.name, o.ok])).toEqual([
    ["throws", false],
    ["unused", false],
    ["fine", true],
  ]);
  expect(lines).toContain("━━ 3/3 fine: F");
  expect(lines.some((l) => l.includes("1 scripted replies were never requested"))).toBe(true);
});
