import { type AdapterRequest, type Message, Mode } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { THINKING_BUDGETS } from "./thinking-budget.js";
import { DEFAULT_MAX_TOKENS, toRequestBody } from "./to-request-body.js";

const schema = {
  name: "Person",
  jsonSchema: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
};
const request = (overrides: Partial<AdapterRequest> = {}): AdapterRequest => ({
  model: "claude-sonnet-4-5",
  mode: Mode.TOOLS,
  messages: [
    { role: "system", content: "Extract." },
    { role: "user", content: "Jason is 25" },
  ],
  schema,
  ...overrides,
});

describe("toRequestBody", () => {
  it("reads only its own providerOptions, and the mode's fields win (JSON_SCHEMA)", () => {
    const body = toRequestBody(
      request({
        mode: Mode.JSON_SCHEMA,
        providerOptions: {
          anthropic: { top_k: 5, output_config: { format: { type: "text" } }, model: "x" },
          openai: { seed: 7 },
        },
      }),
      "anthropic",
    );
    expect(body).toMatchObject({
      top_k: 5,
      model: "claude-sonnet-4-5",
      output_config: { format: { type: "json_schema", schema: schema.jsonSchema } },
    });
    expect(body).not.toHaveProperty("seed");
  });

  it("keeps a caller's output_config (e.g. effort) in the modes that send no format", () => {
    const output_config = { effort: "low" };
    const body = toRequestBody(
      request({ mode: Mode.JSON, providerOptions: { anthropic: { output_config } } }),
      "anthropic",
    );
    expect(body.output_config).toEqual(output_config);
  });

  it.each(Object.entries(THINKING_BUDGETS))(
    "reasoningEffort %s: thinking with a %i-token budget, max_tokens raised by it, tool_choice auto",
    (effort, budget) => {
      const body = toRequestBody(
        request({
          reasoningEffort: effort === "low" ? "low" : effort === "medium" ? "medium" : "high",
        }),
        "anthropic",
      );
      expect(body.thinking).toEqual({ type: "enabled", budget_tokens: budget });
      expect(body.max_tokens).toBe(DEFAULT_MAX_TOKENS + budget);
      expect(body.tool_choice).toEqual({ type: "auto" });
    },
  );

  it("raises the call's maxTokens by the budget, so max_tokens stays above it", () => {
    const body = toRequestBody(request({ reasoningEffort: "high", maxTokens: 500 }), "anthropic");
    expect(body.max_tokens).toBe(500 + THINKING_BUDGETS.high);
  });

  it("reasoningEffort wins over a raw thinking in providerOptions", () => {
    const body = toRequestBody(
      request({
        reasoningEffort: "low",
        providerOptions: { anthropic: { thinking: { type: "enabled", budget_tokens: 9000 } } },
      }),
      "anthropic",
    );
    expect(body.thinking).toEqual({ type: "enabled", budget_tokens: THINKING_BUDGETS.low });
    expect(body.max_tokens).toBe(DEFAULT_MAX_TOKENS + THINKING_BUDGETS.low);
  });

  it("sends a raw thinking from providerOptions as written, and counts its budget", () => {
    const thinking = { type: "enabled", budget_tokens: 2000, display: "omitted" };
    const body = toRequestBody(
      request({ providerOptions: { anthropic: { thinking } } }),
      "anthropic",
    );
    expect(body.thinking).toEqual(thinking);
    expect(body.max_tokens).toBe(DEFAULT_MAX_TOKENS + 2000);
    expect(body.tool_choice).toEqual({ type: "auto" });
  });

  it("forces the tool without thinking (also with thinking disabled)", () => {
    const disabled = { anthropic: { thinking: { type: "disabled" } } };
    for (const providerOptions of [undefined, disabled]) {
      const body = toRequestBody(
        request(providerOptions === undefined ? {} : { providerOptions }),
        "anthropic",
      );
      expect(body.tool_choice).toEqual({
        type: "tool",
        name: "Person",
        disable_parallel_tool_use: true,
      });
      expect(body.max_tokens).toBe(DEFAULT_MAX_TOKENS);
    }
  });

  it("merges a tool result and the user text after it into one user turn", () => {
    const call = { id: "toolu_1", name: "Person", arguments: "{}" };
    const messages: Message[] = [
      { role: "user", content: "Jason is 25" },
      { role: "assistant", content: null, toolCalls: [call] },
      { role: "tool", toolCallId: call.id, content: "name: Required" },
      { role: "user", content: "Try again." },
    ];
    const body = toRequestBody(request({ messages }), "anthropic");
    expect(body.system).toBeUndefined();
    expect(body.messages.at(-1)).toEqual({
      role: "user",
      content: [
        { type: "tool_result", tool_use_id: "toolu_1", content: "name: Required" },
        { type: "text", text: "Try again." },
      ],
    });
  });
});
