import { describe, expect, it } from "vitest";
import { decodeChatRequest } from "./decode-chat-request.js";

const parameters = { type: "object", properties: {} };

describe("decodeChatRequest", () => {
  it("decodes messages of every role, options and a forced tool", () => {
    const body = {
      model: "m",
      messages: [
        { role: "system", content: "s" },
        { role: "user", content: "u" },
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "c1", type: "function", function: { name: "T", arguments: "{}" } }],
        },
        { role: "tool", tool_call_id: "c1", content: "r" },
      ],
      tools: [{ type: "function", function: { name: "T", description: "d", parameters } }],
      tool_choice: { type: "function", function: { name: "T" } },
      temperature: 0.5,
      max_tokens: 9,
      stream: true,
    };
    const observed = decodeChatRequest(body);
    expect(observed).toEqual({
      model: "m",
      messages: [
        { role: "system", content: "s" },
        { role: "user", content: "u" },
        { role: "assistant", content: null, toolCalls: [{ id: "c1", name: "T", arguments: "{}" }] },
        { role: "tool", toolCallId: "c1", content: "r" },
      ],
      output: { kind: "tool", name: "T", description: "d", parameters, forced: true },
      stream: true,
      temperature: 0.5,
      maxTokens: 9,
      fields: body,
    });
  });

  it("decodes user content parts back into core's parts", () => {
    const observed = decodeChatRequest({
      model: "m",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "t" },
            { type: "image_url", image_url: { url: "https://x.test/a.png" } },
            {
              type: "file",
              file: { file_data: "data:application/pdf;base64,JVBE", filename: "a.pdf" },
            },
            { type: "input_audio", input_audio: { data: "AAAA", format: "mp3" } },
          ],
        },
      ],
    });
    const pdf = { data: "data:application/pdf;base64,JVBE", filename: "a.pdf" };
    expect(observed.messages).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "t" },
          { type: "image", image: "https://x.test/a.png" },
          { type: "file", ...pdf, mediaType: "application/pdf" },
          { type: "file", data: "AAAA", mediaType: "audio/mpeg" },
        ],
      },
    ]);
  });

  it("tells a tool left to the model's choice from a forced one", () => {
    const body = { model: "m", messages: [], tools: [{ function: { name: "T", parameters } }] };
    expect(decodeChatRequest({ ...body, tool_choice: "auto" }).output).toMatchObject({
      forced: false,
    });
    expect(decodeChatRequest({ ...body, tool_choice: "required" }).output).toMatchObject({
      forced: true,
    });
  });

  it("decodes the response formats, and no format as none", () => {
    const base = { model: "m", messages: [] };
    expect(decodeChatRequest({ ...base, response_format: { type: "json_object" } }).output).toEqual(
      {
        kind: "json_object",
      },
    );
    const jsonSchema = { name: "P", schema: parameters, strict: true };
    expect(
      decodeChatRequest({
        ...base,
        response_format: { type: "json_schema", json_schema: jsonSchema },
      }).output,
    ).toEqual({ kind: "json_schema", name: "P", schema: parameters, strict: true });
    expect(decodeChatRequest(base).output).toEqual({ kind: "none" });
  });

  it("prefers max_completion_tokens and names the field it cannot read", () => {
    expect(
      decodeChatRequest({ model: "m", messages: [], max_completion_tokens: 5, max_tokens: 9 }),
    ).toMatchObject({ maxTokens: 5 });
    expect(() => decodeChatRequest({ model: 1, messages: [] })).toThrow("model is not a string");
    expect(() =>
      decodeChatRequest({ model: "m", messages: [{ role: "developer", content: "x" }] }),
    ).toThrow('unexpected message role "developer"');
  });
});
