import type { Reply } from "@instr/mock-server";
import { describe, expect, it } from "vitest";
import { userCall } from "./support/fixtures.js";
import { useMockProvider } from "./support/mock-provider.js";
import { drain } from "./support/outcome.js";
import { sleep } from "./support/sleep.js";

// Load over the loopback server through the real Cerebras SDK. The figures are printed for the
// report; the assertions are about correctness and a loose heap bound, not speed.

const CONCURRENT_CALLS = 1_000;
const CONCURRENT_STREAMS = 200;
const SEQUENTIAL_CALLS = 5_000;
const WARM_UP_CALLS = 500;
/** Heap growth allowed over 5,000 calls, after GC: a leak of even 1 KB per call exceeds it. */
const HEAP_BOUND = 4 * 1024 * 1024;

/** The user whose id the prompt names: every answer is checkable against its own call. */
function userOf(id: number): { name: string; age: number } {
  return { name: `user-${id}-${"x".repeat(id % 7)}`, age: id };
}

/** Answers each call with the user of the `#id` in its last message, streamed if asked. */
function echoUser(request: { body: unknown }): Reply {
  const body = request.body as { messages: { content: string }[]; stream?: boolean };
  const id = Number(/#(\d+)/.exec(body.messages.at(-1)?.content ?? "")?.[1]);
  return {
    type: "message",
    content: JSON.stringify(userOf(id)),
    ...(body.stream ? { stream: { chunkSize: 6 } } : {}),
  };
}

function heapAfterGc(): number {
  const { gc } = globalThis;
  if (gc === undefined) throw new Error("run with --expose-gc (see vitest.config.ts)");
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

describe("load (Cerebras SDK, loopback)", () => {
  const provider = useMockProvider("cerebras");
  const call = (id: number) => userCall({ prompt: `Extract user #${id}` });

  it(`${CONCURRENT_CALLS} concurrent generate calls all return their own value`, async () => {
    provider.server.setHandler(echoUser);
    const instructor = provider.instructor();
    const start = performance.now();
    const ids = Array.from({ length: CONCURRENT_CALLS }, (_, id) => id);
    const values = await Promise.all(ids.map((id) => instructor.generate(call(id))));
    const elapsed = performance.now() - start;
    expect(values).toEqual(ids.map(userOf));
    expect(provider.server.requests).toHaveLength(CONCURRENT_CALLS);
    console.log(
      `[load] ${CONCURRENT_CALLS} concurrent generate: ${elapsed.toFixed(0)} ms (${((CONCURRENT_CALLS / elapsed) * 1000).toFixed(0)} calls/s)`,
    );
  }, 30_000);

  it(`${CONCURRENT_STREAMS} concurrent generatePartial streams all end in their own value`, async () => {
    provider.server.setHandler(echoUser);
    const instructor = provider.instructor();
    const start = performance.now();
    const ids = Array.from({ length: CONCURRENT_STREAMS }, (_, id) => id);
    const outcomes = await Promise.all(
      ids.map((id) => drain(instructor.generatePartial(call(id)))),
    );
    const elapsed = performance.now() - start;
    let snapshots = 0;
    for (const [id, { yields, error }] of outcomes.entries()) {
      const expected = userOf(id);
      expect(error).toBeUndefined();
      expect(yields.at(-1)).toEqual(expected);
      // Partial snapshots came first, each a prefix of the final value.
      expect(yields.length).toBeGreaterThan(1);
      for (const snapshot of yields)
        expect(expected.name.startsWith(snapshot.name ?? "")).toBe(true);
      snapshots += yields.length;
    }
    console.log(
      `[load] ${CONCURRENT_STREAMS} concurrent generatePartial: ${elapsed.toFixed(0)} ms, ${snapshots} snapshots`,
    );
  }, 30_000);

  it(`after ${SEQUENTIAL_CALLS} sequential calls the heap (after GC) is back near its start`, async () => {
    const instructor = provider.instructor();
    const run = async (count: number) => {
      for (let id = 0; id < count; id++) {
        const value = await instructor.generate(call(id));
        if (value.age !== id) throw new Error(`call ${id} got the answer of ${value.age}`);
      }
      // The server's request log is the test's, not the client's: clear it before measuring.
      provider.server.reset();
      provider.server.setHandler(echoUser);
    };
    provider.server.setHandler(echoUser);
    await run(WARM_UP_CALLS);
    const before = heapAfterGc();
    const start = performance.now();
    await run(SEQUENTIAL_CALLS);
    const elapsed = performance.now() - start;
    const after = heapAfterGc();
    console.log(
      `[load] ${SEQUENTIAL_CALLS} sequential generate: ${elapsed.toFixed(0)} ms; heap after GC ${mb(before)} -> ${mb(after)} (${after >= before ? "+" : ""}${mb(after - before)}, bound ${mb(HEAP_BOUND)})`,
    );
    expect(after - before).toBeLessThan(HEAP_BOUND);
  }, 45_000);

  it("no sockets or timers remain once the server closes", async () => {
    const before = process.getActiveResourcesInfo();
    await provider.server.close();
    await sleep(50);
    const after = process.getActiveResourcesInfo();
    const count = (list: string[], kind: string) => list.filter((r) => r === kind).length;
    console.log(
      `[load] active resources: ${before.length} before close, ${after.length} after (${JSON.stringify(after)})`,
    );
    expect(count(after, "TCPSocketWrap")).toBe(0);
    expect(count(after, "TCPServerWrap")).toBe(0);
  });
});
