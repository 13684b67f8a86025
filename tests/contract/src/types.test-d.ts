import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { type CerebrasCompletion, cerebrasAdapter, fromCerebras } from "@instr/cerebras";
import {
  createInstructor,
  type DeepPartial,
  type GenerateParams,
  type HookHandlers,
  type HookName,
  type Instructor,
  type InstructorOptions,
  type JsonSchema,
  type Message,
  Mode,
  type RetryConfig,
  type ToolCall,
  type Usage,
  type ValidationError,
} from "@instr/core";
import type {
  AdapterRequest,
  AdapterResponse,
  AdapterStreamPart,
  FinishReason,
  InputKind,
  ProviderAdapter,
  ProviderMetadata,
  ReasoningPart,
  UserContent,
  UserContentPart,
} from "@instr/core/adapter";
import { MockAdapter } from "@instr/core/testing";
import { fromOpenAI, openaiAdapter } from "@instr/openai";
import type OpenAI from "openai";
import type { ChatCompletion } from "openai/resources/chat/completions";
import type { Response } from "openai/resources/responses/responses";
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

  it("generateWithCompletion returns { data, completion, usage, attempts, reasoning? }", () => {
    expectTypeOf(client.generateWithCompletion({ responseModel: Everything, model })).toEqualTypeOf<
      Promise<{
        data: Everything;
        completion: unknown;
        usage: Usage;
        attempts: number;
        reasoning?: string;
      }>
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
      prompt: [
        { type: "text", text: "p" },
        { type: "image", image: new URL("https://example.com/a.png") },
        { type: "file", data: new Uint8Array(), mediaType: "application/pdf", filename: "a.pdf" },
        { type: "file", data: "UklGRg==", mediaType: "audio/wav" },
      ],
      system: "s",
      messages: [{ role: "user", content: "u" }],
      mode: Mode.JSON,
      maxRetries: 1,
      temperature: 0,
      maxTokens: 10,
      signal: new AbortController().signal,
      timeoutMs: 1000,
      providerOptions: { cerebras: { seed: 1 }, openai: { seed: 7 } },
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
    // An Instructor whose generateWithCompletion().completion is the SDK's completion.
    expectTypeOf(fromCerebras).returns.toEqualTypeOf<Instructor<CerebrasCompletion>>();
    expectTypeOf(fromCerebras).returns.toExtend<Instructor>();
    // Extra trailing options are a compatible extension of the documented `cerebrasAdapter(client)`.
    expectTypeOf(cerebrasAdapter).parameter(0).toEqualTypeOf<Cerebras>();
    expectTypeOf(cerebrasAdapter).toBeCallableWith(cerebrasClient);
    expectTypeOf(cerebrasAdapter).returns.toExtend<ProviderAdapter>();
    // Chat Completions by default; `{ api: "responses" }` (an overload) types the Responses API's.
    expectTypeOf(fromOpenAI).toBeCallableWith(openaiClient);
    expectTypeOf(fromOpenAI(openaiClient)).toEqualTypeOf<Instructor<ChatCompletion>>();
    expectTypeOf(fromOpenAI(openaiClient, { api: "responses" })).toEqualTypeOf<
      Instructor<Response>
    >();
    expectTypeOf(fromOpenAI).returns.toExtend<Instructor>();
    expectTypeOf(openaiAdapter).parameter(0).toEqualTypeOf<OpenAI>();
    expectTypeOf(openaiAdapter).toBeCallableWith(openaiClient);
    expectTypeOf(openaiAdapter).returns.toExtend<ProviderAdapter>();
  });

  it("types generateWithCompletion().completion per adapter (undefined on a cache hit)", async () => {
    const User = z.object({ name: z.string() });
    const params = { responseModel: User, model, prompt: "p" };
    const cerebras = await fromCerebras(cerebrasClient).generateWithCompletion(params);
    expectTypeOf(cerebras.completion).toEqualTypeOf<CerebrasCompletion | undefined>();
    expectTypeOf(cerebras.completion?.time_info).not.toBeAny();
    const openai = await fromOpenAI(openaiClient)
      .with({ maxRetries: 0 })
      .generateWithCompletion(params);
    expectTypeOf(openai.completion).toEqualTypeOf<ChatCompletion | undefined>();
    const mock = await createInstructor({ adapter: new MockAdapter() }).generateWithCompletion(
      params,
    );
    expectTypeOf(mock.completion).toEqualTypeOf<unknown>();
  });
});

describe("adapter spec types", () => {
  it("ProviderAdapter", () => {
    expectTypeOf<ProviderAdapter["specificationVersion"]>().toEqualTypeOf<"v2">();
    expectTypeOf<ProviderAdapter["inputKinds"]>().toEqualTypeOf<
      (model: string) => readonly InputKind[]
    >();
    expectTypeOf<InputKind>().toEqualTypeOf<"text" | "image" | "pdf" | "audio" | "file">();
    expectTypeOf<ProviderAdapter["provider"]>().toEqualTypeOf<string>();
    expectTypeOf<ProviderAdapter["defaultMode"]>().toEqualTypeOf<Mode>();
    expectTypeOf<ProviderAdapter["supportedModes"]>().toEqualTypeOf<readonly Mode[]>();
    expectTypeOf<ProviderAdapter["reasoningEfforts"]>().toEqualTypeOf<
      ((model: string) => readonly ("low" | "medium" | "high")[] | undefined) | undefined
    >();
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
      reasoningEffort?: "low" | "medium" | "high";
      signal?: AbortSignal;
      providerOptions?: Record<string, Record<string, unknown>>;
    }>();
    expectTypeOf<AdapterResponse>().toEqualTypeOf<{
      text: string | null;
      toolCalls: ToolCall[];
      reasoning?: ReasoningPart[];
      refusal?: string;
      finishReason: FinishReason;
      usage?: Usage;
      providerMetadata?: ProviderMetadata;
      raw: unknown;
    }>();
    expectTypeOf<ProviderMetadata>().toEqualTypeOf<Record<string, Record<string, unknown>>>();
    type SpecMessage =
      | {
          role: "system";
          content: string | { type: "text"; text: string; providerMetadata?: ProviderMetadata }[];
          providerMetadata?: ProviderMetadata;
        }
      | { role: "user"; content: UserContent; providerMetadata?: ProviderMetadata }
      | {
          role: "assistant";
          content: string | null;
          reasoning?: ReasoningPart[];
          toolCalls?: ToolCall[];
          providerMetadata?: ProviderMetadata;
        }
      | { role: "tool"; toolCallId: string; content: string; providerMetadata?: ProviderMetadata };
    expectTypeOf<Message>().toEqualTypeOf<SpecMessage>();
    expectTypeOf<UserContentPart>().toEqualTypeOf<
      | { type: "text"; text: string; providerMetadata?: ProviderMetadata }
      | {
          type: "image";
          image: URL | Uint8Array | string;
          mediaType?: string;
          providerMetadata?: ProviderMetadata;
        }
      | {
          type: "file";
          data: URL | Uint8Array | string;
          mediaType: string;
          filename?: string;
          providerMetadata?: ProviderMetadata;
        }
    >();
    expectTypeOf<ReasoningPart>().toEqualTypeOf<{
      type: "reasoning";
      text: string;
      providerMetadata?: ProviderMetadata;
    }>();
    expectTypeOf<ToolCall>().toEqualTypeOf<{
      id: string;
      name: string;
      arguments: string;
      providerMetadata?: ProviderMetadata;
    }>();
    expectTypeOf<FinishReason>().toEqualTypeOf<
      "stop" | "length" | "tool_calls" | "content_filter" | "other"
    >();
    expectTypeOf<Usage>().toEqualTypeOf<{
      promptTokens: number;
      completionTokens: number;
      totalTokens: number;
      cachedPromptTokens?: number;
      reasoningTokens?: number;
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
          providerMetadata?: ProviderMetadata;
        }
      | { type: "reasoning-delta"; delta: string; providerMetadata?: ProviderMetadata }
      | { type: "refusal-delta"; delta: string }
      | {
          type: "finish";
          finishReason: FinishReason;
          usage?: Usage;
          providerMetadata?: ProviderMetadata;
          raw?: unknown;
        }
    >();
  });
});
