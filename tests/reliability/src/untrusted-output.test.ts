import { Mode, UnsupportedModeError, UnsupportedSchemaError } from "@instr/core";
import type { Reply } from "@instr/mock-server";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { Category, JASON, MODEL, userCall } from "./support/fixtures.js";
import { useMockProvider } from "./support/mock-provider.js";
import { drain, rejectionOf } from "./support/outcome.js";
import { offeredToolName } from "./support/request-body.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

// What the model writes is untrusted input. `__proto__` and `constructor` keys are data: they
// must never reach Object.prototype, in whole answers or in streamed partial snapshots.

const HOSTILE = `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "name": "Jason", "age": 25}`;

/** Keys an attack would add to Object.prototype. */
function prototypeIsClean(): boolean {
  return (
    !Object.hasOwn(Object.prototype, "polluted") &&
    ({} as Record<string, unknown>).polluted === undefined
  );
}

const Loose = z.record(z.string(), z.unknown());

describe.each(["cerebras", "openai"] as const)("prototype pollution (%s SDK)", (dialect) => {
  const provider = useMockProvider(dialect);
  afterEach(() => {
    // Undo a successful attack so one failure does not cascade into the other tests.
    Reflect.deleteProperty(Object.prototype, "polluted");
  });

  it("generate: the strict schema drops the keys and Object.prototype stays clean", async () => {
    provider.server.enqueue({ type: "message", content: HOSTILE });
    await expect(provider.instructor().generate(userCall())).resolves.toEqual(JASON);
    expect(prototypeIsClean()).toBe(true);
  });

  it("generate: a record schema keeps the other keys as data, its prototype untouched", async () => {
    provider.server.enqueue({ type: "message", content: HOSTILE });
    const value = await provider
      .instructor()
      .generate({ responseModel: Loose, model: MODEL, mode: Mode.JSON, prompt: "anything" });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value).toMatchObject({ name: "Jason", age: 25 });
    expect(Object.hasOwn(value, "constructor")).toBe(true);
    // zod's record drops a `__proto__` key; if kept, it must be an own data key.
    expect(value.polluted).toBeUndefined();
    expect(prototypeIsClean()).toBe(true);
  });

  it("generatePartial: no snapshot and no final value pollutes the prototype", async () => {
    provider.server.enqueue({ type: "message", content: HOSTILE, stream: { chunkSize: 3 } });
    const { yields, error } = await drain(
      provider
        .instructor()
        .generatePartial({ responseModel: Loose, model: MODEL, mode: Mode.JSON, prompt: "x" }),
    );
    expect(error).toBeUndefined();
    expect(yields.length).toBeGreaterThan(0);
    for (const snapshot of yields) {
      expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
    }
    expect(yields.at(-1)).toMatchObject({ name: "Jason", age: 25 });
    expect(yields.some((snapshot) => Reflect.get(snapshot, "polluted") !== undefined)).toBe(false);
    expect(prototypeIsClean()).toBe(true);
  });
});

const TREE: Category = { name: "root", children: [{ name: "leaf", children: [] }] };

/** Answers with `TREE` in the shape `mode` asks for (a call of the offered tool, or content). */
function treeAnswer(mode: Mode): (request: { body: unknown }) => Reply {
  return (request) => {
    const tool = offeredToolName(request.body);
    const json = JSON.stringify(TREE);
    if (tool !== undefined)
      return { type: "message", toolCalls: [{ name: tool, arguments: json }] };
    return {
      type: "message",
      content: mode === Mode.MD_JSON ? `\`\`\`json\n${json}\n\`\`\`` : json,
    };
  };
}

// OpenAI's strict dialect takes `$ref: "#"`; Cerebras strict mode does not, and says so before
// sending anything, pointing at the modes that work.
const recursionSupport = {
  cerebras: {
    [Mode.JSON_SCHEMA]: false,
    [Mode.TOOLS]: false,
    [Mode.JSON]: true,
    [Mode.MD_JSON]: true,
  },
  openai: { [Mode.JSON_SCHEMA]: true, [Mode.TOOLS]: true, [Mode.JSON]: true, [Mode.MD_JSON]: true },
} as const;

describe.each(["cerebras", "openai"] as const)("a recursive schema (%s SDK)", (dialect) => {
  const provider = useMockProvider(dialect);

  it.each([Mode.JSON_SCHEMA, Mode.TOOLS, Mode.JSON, Mode.MD_JSON])(
    "%s: works, or is refused clearly before any request",
    async (mode) => {
      provider.server.setHandler(treeAnswer(mode));
      const call = provider
        .instructor()
        .generate({ responseModel: Category, model: MODEL, mode, prompt: "a tree" });
      if (recursionSupport[dialect][mode]) {
        await expect(call).resolves.toEqual(TREE);
        return;
      }
      const error = await rejectionOf(call);
      expect(UnsupportedSchemaError.isInstance(error)).toBe(true);
      expect(UnsupportedModeError.isInstance(error)).toBe(true);
      expect((error as UnsupportedSchemaError).pointer).toMatch(/\$ref$/);
      expect((error as Error).message).toMatch(/recursive schemas are not supported/);
      expect((error as Error).message).toMatch(/Mode\.JSON and Mode\.MD_JSON/);
      expect(provider.server.requests).toHaveLength(0);
    },
  );
});
