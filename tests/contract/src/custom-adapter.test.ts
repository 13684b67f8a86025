import { createInstructor, Mode, ProviderError } from "@instr/core";
import type {
  AdapterRequest,
  AdapterResponse,
  AdapterStreamPart,
  FinishReason,
  ProviderAdapter,
} from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { badAgeText, jason, jasonText, model, User } from "./support/fixtures.js";
import { collect } from "./support/streams.js";

// The adapter contract: "a custom provider implements [ProviderAdapter] and nothing else". This one talks to an
// in-memory "lab" client with a wire format of its own.

interface LabAnswer {
  output: string;
  stop: "done" | "max_tokens";
  tokens: { input: number; output: number };
}

/** The vendor client: answers come from a queue; every body sent is kept. */
class LabClient {
  readonly bodies: { model: string; transcript: string; format: "json" | "text" }[] = [];
  constructor(private readonly answers: (LabAnswer | { status: number })[]) {}

  async send(body: LabClient["bodies"][number]): Promise<LabAnswer> {
    this.bodies.push(body);
    const answer = this.answers.shift();
    if (answer === undefined || "status" in answer)
      throw Object.assign(new Error("lab failed"), answer);
    return answer;
  }
}

const stopReasons: Record<LabAnswer["stop"], FinishReason> = { done: "stop", max_tokens: "length" };

/** The adapter: ~40 lines, as the adapter contract promises. */
function labAdapter(client: LabClient): ProviderAdapter {
  const toBody = (request: AdapterRequest) => ({
    model: request.model,
    transcript: request.messages.map((m) => `${m.role}: ${m.content ?? ""}`).join("\n"),
    format: request.mode === Mode.JSON ? ("json" as const) : ("text" as const),
  });
  const call = async (request: AdapterRequest) => {
    try {
      return await client.send(toBody(request));
    } catch (cause) {
      const status =
        typeof cause === "object" && cause !== null && "status" in cause
          ? Number(cause.status)
          : undefined;
      throw new ProviderError(
        "lab request failed",
        { provider: "lab", status, isRetryable: status === 503 },
        { cause },
      );
    }
  };
  const usageOf = (answer: LabAnswer) => ({
    promptTokens: answer.tokens.input,
    completionTokens: answer.tokens.output,
    totalTokens: answer.tokens.input + answer.tokens.output,
  });
  return {
    specificationVersion: "v2",
    provider: "lab",
    defaultMode: Mode.JSON,
    supportedModes: [Mode.JSON, Mode.MD_JSON],
    inputKinds: () => ["text"],
    async complete(request): Promise<AdapterResponse> {
      const answer = await call(request);
      return {
        text: answer.output,
        toolCalls: [],
        finishReason: stopReasons[answer.stop],
        usage: usageOf(answer),
        raw: answer,
      };
    },
    async *stream(request): AsyncIterable<AdapterStreamPart> {
      const answer = await call(request);
      for (let i = 0; i < answer.output.length; i += 4) {
        yield { type: "text-delta", delta: answer.output.slice(i, i + 4) };
      }
      yield { type: "finish", finishReason: stopReasons[answer.stop], usage: usageOf(answer) };
    },
  };
}

const answer = (output: string, stop: LabAnswer["stop"] = "done"): LabAnswer => ({
  output,
  stop,
  tokens: { input: 10, output: 5 },
});

describe("a custom adapter written from the spec", () => {
  it("generate: core writes the mode instructions, the adapter only maps the wire", async () => {
    const lab = new LabClient([answer(badAgeText), answer(jasonText)]);
    const client = createInstructor({ adapter: labAdapter(lab) });
    const result = await client.generateWithCompletion({
      responseModel: User,
      model,
      prompt: "Jason is 25",
    });
    expect(result).toMatchObject({ data: jason, attempts: 2, completion: answer(jasonText) });
    expect(result.usage).toEqual({ promptTokens: 20, completionTokens: 10, totalTokens: 30 });
    expect(lab.bodies.map((b) => b.format)).toEqual(["json", "json"]);
    // JSON mode: the schema is in the system message, written by core.
    expect(lab.bodies[0]?.transcript).toMatch(/^system: .*"age"/s);
    expect(lab.bodies[0]?.transcript).toContain("user: Jason is 25");
  });

  it("generatePartial runs on its stream (MD_JSON too)", async () => {
    const lab = new LabClient([
      answer(jasonText),
      answer(`Here:\n\`\`\`json\n${jasonText}\n\`\`\``),
    ]);
    const client = createInstructor({ adapter: labAdapter(lab) });
    for (const mode of [Mode.JSON, Mode.MD_JSON]) {
      const snapshots = await collect(
        client.generatePartial({ responseModel: User, model, prompt: "p", mode }),
      );
      expect(snapshots.length, mode).toBeGreaterThan(1);
      expect(snapshots.at(-1), mode).toEqual(jason);
    }
    expect(lab.bodies.map((b) => b.format)).toEqual(["json", "text"]);
  });

  it("maps its failures to ProviderError; core passes them through without re-asking", async () => {
    const lab = new LabClient([{ status: 503 }, answer(jasonText)]);
    const client = createInstructor({ adapter: labAdapter(lab) });
    const error = await client
      .generate({ responseModel: User, model, prompt: "p" })
      .catch((e: unknown) => e);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ provider: "lab", status: 503, isRetryable: true });
    expect(lab.bodies).toHaveLength(1);
  });

  it("a finish of length from the adapter is IncompleteOutputError; an unsupported mode never reaches it", async () => {
    const lab = new LabClient([answer('{"name":"Ja', "max_tokens")]);
    const client = createInstructor({ adapter: labAdapter(lab) });
    await expect(
      client.generate({ responseModel: User, model, prompt: "p" }),
    ).rejects.toMatchObject({
      name: "IncompleteOutputError",
    });
    await expect(
      client.generate({ responseModel: User, model, prompt: "p", mode: Mode.TOOLS }),
    ).rejects.toMatchObject({
      name: "UnsupportedModeError",
    });
    expect(lab.bodies).toHaveLength(1);
  });
});
