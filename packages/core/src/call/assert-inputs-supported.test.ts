import { describe, expect, it } from "vitest";
import { z } from "zod";
import { UnsupportedInputError } from "../errors/unsupported-input-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";

const User = z.object({ name: z.string() });

describe("content parts against the model's input kinds", () => {
  it("rejects a part the model cannot take before any request, naming part, provider and model", async () => {
    const adapter = new MockAdapter({ provider: "acme", inputKinds: ["text", "image"] });
    const error = await createInstructor({ adapter })
      .generate({
        responseModel: User,
        model: "m1",
        prompt: [
          { type: "text", text: "Who is this?" },
          { type: "image", image: "iVBORw0KGgo=" },
          { type: "file", data: "JVBERi0=", mediaType: "application/pdf" },
        ],
      })
      .catch((e: unknown) => e);
    expect(UnsupportedInputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      provider: "acme",
      model: "m1",
      kind: "pdf",
      mediaType: "application/pdf",
      partIndex: 2,
      supportedKinds: ["text", "image"],
    });
    expect(String(error)).toContain(
      'The acme model "m1" does not take pdf part (application/pdf)s',
    );
    expect(adapter.requests).toHaveLength(0);
  });

  it("sends parts the model takes as they are, and audio/images by media type", async () => {
    const adapter = new MockAdapter({
      inputKinds: ["text", "audio", "image"],
      responses: [toolCallResponse("Response", { name: "J" })],
    });
    const prompt = [
      { type: "file" as const, data: "UklGRg==", mediaType: "audio/wav" },
      { type: "file" as const, data: "iVBORw0KGgo=", mediaType: "image/png" },
    ];
    await createInstructor({ adapter }).generate({ responseModel: User, model: "m", prompt });
    expect(adapter.requests[0]?.messages.at(-1)).toEqual({ role: "user", content: prompt });
  });
});
