import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";
import type { RetryInfo } from "../instructor-types/instructor.js";
import { toolParts } from "../stream/stream-parts.fixture.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import { createInstructor } from "./create-instructor.js";

const User = z.object({ name: z.string() });
const base = { responseModel: User, model: "m", prompt: "p" };
const invalid = () => toolCallResponse("Response", { name: 1 });

async function attemptsMade(run: (adapter: MockAdapter) => Promise<unknown>): Promise<number> {
  const adapter = new MockAdapter();
  for (let i = 0; i < 10; i += 1) adapter.enqueueResponse(invalid());
  await expect(run(adapter)).rejects.toSatisfy(RetryError.isInstance);
  return adapter.requests.length;
}

describe("retry budget", () => {
  it("defaults to 2 re-asks", async () => {
    expect(await attemptsMade((adapter) => createInstructor({ adapter }).generate(base))).toBe(3);
  });

  it("uses maxRetries, then retry.maxRetries over it, then the call's maxRetries over both", async () => {
    expect(
      await attemptsMade((adapter) => createInstructor({ adapter, maxRetries: 0 }).generate(base)),
    ).toBe(1);
    expect(
      await attemptsMade((adapter) =>
        createInstructor({ adapter, maxRetries: 0, retry: { maxRetries: 3 } }).generate(base),
      ),
    ).toBe(4);
    expect(
      await attemptsMade((adapter) =>
        createInstructor({ adapter, retry: { maxRetries: 3 } }).generate({
          ...base,
          maxRetries: 1,
        }),
      ),
    ).toBe(2);
  });

  it("takes a per-call retry over the instructor's, under the call's maxRetries", async () => {
    const onRetry = vi.fn();
    const layered = (adapter: MockAdapter) =>
      createInstructor({ adapter, maxRetries: 0, retry: { maxRetries: 5, onRetry } });
    expect(
      await attemptsMade((adapter) =>
        layered(adapter).generate({ ...base, retry: { maxRetries: 2 } }),
      ),
    ).toBe(3);
    expect(
      await attemptsMade((adapter) =>
        layered(adapter).generate({ ...base, maxRetries: 0, retry: { maxRetries: 2 } }),
      ),
    ).toBe(1);
    // The instructor's onRetry still runs when the call gives none.
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it("calls the per-call onRetry instead of the instructor's, in every method", async () => {
    const own = vi.fn();
    const instructors = vi.fn();
    const adapter = new MockAdapter();
    const client = createInstructor({ adapter, retry: { maxRetries: 0, onRetry: instructors } });
    const retry = { maxRetries: 1, onRetry: own };
    adapter.enqueueResponse(invalid()).enqueueResponse(toolCallResponse("Response", { name: "a" }));
    await expect(client.generate({ ...base, retry })).resolves.toEqual({ name: "a" });
    adapter.enqueueResponse(invalid()).enqueueResponse(toolCallResponse("Response", { name: "b" }));
    await expect(client.generateWithCompletion({ ...base, retry })).resolves.toMatchObject({
      data: { name: "b" },
      attempts: 2,
    });
    const items = (names: string[]) =>
      toolParts("Response", JSON.stringify({ items: names.map((name) => ({ name })) }));
    adapter
      .enqueueStream(toolParts("Response", '{"items":[{"name":1}]}'))
      .enqueueStream(items(["c"]));
    const iterated: unknown[] = [];
    for await (const item of client.generateIterable({ ...base, retry })) iterated.push(item);
    expect(iterated).toEqual([{ name: "c" }]);
    adapter
      .enqueueStream(toolParts("Response", '{"name":1}'))
      .enqueueStream(toolParts("Response", '{"name":"d"}'));
    const partials: unknown[] = [];
    for await (const partial of client.generatePartial({ ...base, retry })) partials.push(partial);
    expect(partials.at(-1)).toEqual({ name: "d" });
    expect(own).toHaveBeenCalledTimes(4);
    expect(instructors).not.toHaveBeenCalled();
  });

  it("rejects a negative or fractional budget before any request", async () => {
    const adapter = new MockAdapter({ responses: [invalid()] });
    for (const maxRetries of [-1, 1.5]) {
      await expect(createInstructor({ adapter, maxRetries }).generate(base)).rejects.toSatisfy(
        (e: unknown) => InstructorError.isInstance(e) && /maxRetries must be/.test(e.message),
      );
    }
    expect(adapter.requests).toHaveLength(0);
  });
});

describe("onRetry and validationHook", () => {
  it("calls onRetry before each re-ask with the failed attempt", async () => {
    const adapter = new MockAdapter({
      responses: [invalid(), invalid(), toolCallResponse("Response", { name: "ok" })],
    });
    const infos: RetryInfo[] = [];
    const onRetry = vi.fn((info: RetryInfo) => {
      infos.push(info);
      // The re-ask is not sent before onRetry has resolved.
      expect(adapter.requests).toHaveLength(info.attempt);
    });
    const value = await createInstructor({ adapter, retry: { maxRetries: 2, onRetry } }).generate(
      base,
    );
    expect(value).toEqual({ name: "ok" });
    expect(infos.map((i) => [i.attempt, i.retryCount, i.rawText])).toEqual([
      [1, 1, '{"name":1}'],
      [2, 2, '{"name":1}'],
    ]);
    expect(infos.every((i) => ValidationError.isInstance(i.error))).toBe(true);
  });

  it("passes value, failed-attempt count and error to validationHook; false stops with RetryError", async () => {
    const adapter = new MockAdapter({ responses: [invalid(), invalid(), invalid()] });
    const calls: [unknown, number, boolean][] = [];
    const validationHook = async (value: unknown, retryCount: number, error: ValidationError) => {
      calls.push([value, retryCount, ValidationError.isInstance(error)]);
      return retryCount < 2;
    };
    const error = await createInstructor({ adapter, validationHook, maxRetries: 5 })
      .generate(base)
      .catch((e: unknown) => e);
    expect(calls).toEqual([
      [{ name: 1 }, 1, true],
      [{ name: 1 }, 2, true],
    ]);
    expect(adapter.requests).toHaveLength(2);
    expect(RetryError.isInstance(error) && error.message).toContain(
      "validationHook returned false",
    );
  });

  it("does not call validationHook for JSON failures", async () => {
    const validationHook = vi.fn(() => false);
    const adapter = new MockAdapter({
      responses: [
        toolCallResponse("Response", "{oops"),
        toolCallResponse("Response", { name: "ok" }),
      ],
    });
    await expect(createInstructor({ adapter, validationHook }).generate(base)).resolves.toEqual({
      name: "ok",
    });
    expect(validationHook).not.toHaveBeenCalled();
  });
});
