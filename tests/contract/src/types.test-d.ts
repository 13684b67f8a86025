import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { cerebrasAdapter, fromCerebras } from "@instr/cerebras";
import {
  type AdapterRequest,
  type AdapterResponse,
  type AdapterStreamPart,
  createInstructor,
  type DeepPartial,
  type FinishReason,
  type GenerateParams,
  type HookHandlers,
  type HookName,
  type Instructor,
  type InstructorOptions,
  type JsonSchema,
  type Message,
  Mode,
  type ProviderAdapter,
  type RetryConfig,
  type ToolCall,
  type Usage,
  type ValidationError,
} from "@instr/core";
import { MockAdapter } from "@instr/core/testing";
import { fromOpenAI, openaiAdapter } from "@instr/openai";
import type OpenAI from "openai";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";

declare const client: Instructor;
declare const cerebrasClient: Cerebras;
declare const openaiClient: OpenAI;
const model = "m";

const Everything = z.object({
  user: z.object({ name: z.string(), address: z.object({ city: z.string(), zip: z.number() }) }),
  tags: z.array(z.string()),
  role: z.enum(["admin", "user"]),
  id: z.union([z.string(), z.number()]),
  nickname: z.string().optional(),
  manager: z.string().nullable(),
  createdAt: z.string().transform((s) => new Date(s)),
});
type Everything = z.output<typeof Everything>;

describe("Mode", () => {
  it("is a value and a type of its four string values", () => {
    expectTypeOf<Mode>().toEqualTypeOf<"tools" | "json" | "json_schema" | "md_json">();
    expectTypeOf(Mode.TOOLS).toEqualTypeOf<"tools">();
  });
});

describe("Instructor methods", () => {
  it("generate returns z.output<S>", () => {
    expectTypeOf(client.generate({ responseModel: Everything, model })).toEqualTypeOf<
      Promise<Everything>
    >();
    expectTypeOf(client.generate({ responseModel: z.array(z.number()), model })).toEqualTypeOf<
      Promise<number[]>
    >();
    expectTypeOf(client.generate({ responseModel: z.enum(["a", "b"]), model })).toEqualTypeOf<
      Promise<"a" | "b">
    >();
    expectTypeOf(client.generate({ responseModel: z.string().nullable(), model })).toEqualTypeOf<
      Promise<string | null>
    >();
    expectTypeOf<
      Awaited<ReturnType<typeof client.generate<typeof Everything>>>["createdAt"]
    >().toEqualTypeOf<Date>();
    expectTypeOf<Everything["nickname"]>().toEqualTypeOf<string | undefined>();
  });

  it("generateWithCompletion returns { data, completion, usage, attempts }", () => {
    expectTypeOf(client.generateWithCompletion({ responseModel: Everything, model })).toEqualTypeOf<
      Promise<{ data: Everything; completion: unknown; usage: Usage; attempts: number }>
    >();
  });

  it("generateIterable yields the element type; generatePartial yields the partial input, then the output", () => {
    expectTypeOf(client.generateIterable({ responseModel: Everything, model })).toEqualTypeOf<
      AsyncIterable<Everything>
    >();
    expectTypeOf(client.generatePartial({ responseModel: Everything, model })).toEqualTypeOf<
      AsyncIterable<DeepPartial<z.input<typeof Everything>> | Everything>
    >();
    // A snapshot holds what the model wrote: the transformed field is still its input string.
    expectTypeOf<DeepPartial<z.input<typeof Everything>>["createdAt"]>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<DeepPartial<Everything>>().toExtend<{
      user?: { name?: string; address?: { city?: string; zip?: number } };
      tags?: (string | undefined)[];
    }>();
    expectTypeOf<{ user: { address: Record<string, never> } }>().toExtend<
      DeepPartial<Everything>
    >();
  });

  it("on returns an unsubscribe; off returns void; handlers are typed by name", () => {
    expectTypeOf(client.on("retry", () => {})).toEqualTypeOf<() => void>();
    expectTypeOf(client.off("retry", () => {})).toEqualTypeOf<void>();
    expectTypeOf<HookName>().toExtend<keyof HookHandlers>();
    expectTypeOf<
      | "completion:kwargs"
      | "completion:response"
      | "completion:error"
      | "parse:error"
      | "completion:last_attempt"
      | "retry"
    >().toExtend<HookName>();
    // @ts-expect-error not a hook
    client.on("completion:done", () => {});
  });

  it("with() takes a partial of the options without the adapter and returns an Instructor", () => {
    expectTypeOf(client.with)
      .parameter(0)
      .toEqualTypeOf<Partial<Omit<InstructorOptions, "adapter">>>();
    expectTypeOf(client.with({ maxRetries: 1 })).toEqualTypeOf<Instructor>();
    // @ts-expect-error the adapter is fixed
    client.with({ adapter: new MockAdapter() });
  });

  it("GenerateParams takes the documented fields", () => {
    const params: GenerateParams<typeof Everything> = {
      responseModel: Everything,
      model,
      prompt: "p",
      system: "s",
      messages: [{ role: "user", content: "u" }],
      mode: Mode.JSON,
      maxRetries: 1,
      temperature: 0,
      maxTokens: 10,
      signal: new AbortController().signal,
      timeoutMs: 1000,
      providerOptions: { seed: 1 },
    };
    expectTypeOf(client.generate(params)).toEqualTypeOf<Promise<Everything>>();
    // @ts-expect-error model is required
    void client.generate({ responseModel: Everything });
    // @ts-expect-error not a mode
    void client.generate({ responseModel: Everything, model, mode: "xml" });
  });
});

describe("InstructorOptions", () => {
  it("has the documented fields", () => {
    const options: InstructorOptions = {
      adapter: new MockAdapter(),
      mode: Mode.TOOLS,
      maxRetries: 2,
      retry: { maxRetries: 3, onRetry: () => {} },
      validationHook: (value, retryCount, error) => {
        expectTypeOf(value).toEqualTypeOf<unknown>();
        expectTypeOf(retryCount).toEqualTypeOf<number>();
        expectTypeOf(error).toEqualTypeOf<ValidationError>();
        return Promise.resolve(retryCount < 2);
      },
      hooks: { retry: () => {} },
    };
    expectTypeOf(createInstructor(options)).toEqualTypeOf<Instructor>();
    expectTypeOf<RetryConfig>().toHaveProperty("maxRetries");
    expectTypeOf<InstructorOptions["hooks"]>().toEqualTypeOf<Partial<HookHandlers> | undefined>();
  });
});

describe("provider packages", () => {
  it("fromCerebras / cerebrasAdapter / fromOpenAI / openaiAdapter", () => {
    expectTypeOf(fromCerebras).parameters.toEqualTypeOf<
      [Cerebras, Omit<InstructorOptions, "adapter">?]
    >();
    expectTypeOf(fromCerebras).returns.toEqualTypeOf<Instructor>();
    // Extra trailing options are a compatible extension of DESIGN's `cerebrasAdapter(client)`.
    expectTypeOf(cerebrasAdapter).parameter(0).toEqualTypeOf<Cerebras>();
    expectTypeOf(cerebrasAdapter).toBeCallableWith(cerebrasClient);
    expectTypeOf(cerebrasAdapter).returns.toExtend<ProviderAdapter>();
    expectTypeOf(fromOpenAI).parameters.toEqualTypeOf<
      [OpenAI, Omit<InstructorOptions, "adapter">?]
    >();
    expectTypeOf(fromOpenAI).returns.toEqualTypeOf<Instructor>();
    expectTypeOf(openaiAdapter).parameter(0).toEqualTypeOf<OpenAI>();
    expectTypeOf(openaiAdapter).toBeCallableWith(openaiClient);
    expectTypeOf(openaiAdapter).returns.toExtend<ProviderAdapter>();
  });
});

describe("adapter spec types", () => {
  it("ProviderAdapter", () => {
    expectTypeOf<ProviderAdapter["specificationVersion"]>().toEqualTypeOf<"v1">();
    expectTypeOf<ProviderAdapter["provider"]>().toEqualTypeOf<string>();
    expectTypeOf<ProviderAdapter["defaultMode"]>().toEqualTypeOf<Mode>();
    expectTypeOf<ProviderAdapter["supportedModes"]>().toEqualTypeOf<readonly Mode[]>();
    expectTypeOf<ProviderAdapter["transformSchema"]>().toEqualTypeOf<
      ((schema: JsonSchema, mode: Mode) => JsonSchema) | undefined
    >();
    expectTypeOf<ProviderAdapter["complete"]>().toEqualTypeOf<
      (request: AdapterRequest) => Promise<AdapterResponse>
    >();
    expectTypeOf<ProviderAdapter["stream"]>().toEqualTypeOf<
      (request: AdapterRequest) => AsyncIterable<AdapterStreamPart>
    >();
    expectTypeOf(new MockAdapter()).toExtend<ProviderAdapter>();
  });

  it("AdapterRequest / AdapterResponse / Message / ToolCall / Usage", () => {
    expectTypeOf<AdapterRequest>().toEqualTypeOf<{
      model: string;
      mode: Mode;
      messages: Message[];
      schema: { name: string; description?: string; jsonSchema: JsonSchema };
      temperature?: number;
      maxTokens?: number;
      signal?: AbortSignal;
      providerOptions?: Record<string, unknown>;
    }>();
    expectTypeOf<AdapterResponse>().toEqualTypeOf<{
      text: string | null;
      toolCalls: ToolCall[];
      reasoning?: string;
      refusal?: string;
      finishReason: FinishReason;
      usage?: Usage;
      raw: unknown;
    }>();
    // Mutual assignability: splitting `"system" | "user"` into two members is the same type.
    type DesignMessage =
      | { role: "system" | "user"; content: string }
      | { role: "assistant"; content: string | null; toolCalls?: ToolCall[] }
      | { role: "tool"; toolCallId: string; content: string };
    expectTypeOf<Message>().toExtend<DesignMessage>();
    expectTypeOf<DesignMessage>().toExtend<Message>();
    expectTypeOf<ToolCall>().toEqualTypeOf<{ id: string; name: string; arguments: string }>();
    expectTypeOf<FinishReason>().toEqualTypeOf<
      "stop" | "length" | "tool_calls" | "content_filter" | "other"
    >();
    expectTypeOf<Usage>().toEqualTypeOf<{
      promptTokens: number;
      completionTokens: number;
      totalTokens: number;
    }>();
  });

  it("AdapterStreamPart", () => {
    expectTypeOf<AdapterStreamPart>().toEqualTypeOf<
      | { type: "text-delta"; delta: string }
      | {
          type: "tool-call-delta";
          index: number;
          id?: string;
          name?: string;
          argumentsDelta: string;
        }
      | { type: "reasoning-delta"; delta: string }
      | { type: "finish"; finishReason: FinishReason; usage?: Usage; raw?: unknown }
    >();
  });
});
