import { describe, expect, it } from "vitest";
import { toOpenAIChatMessages } from "./to-openai-chat-messages.js";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]);
const pngBase64 = btoa(String.fromCharCode(...png));

describe("toOpenAIChatMessages with content parts", () => {
  it("writes text, image, PDF and audio parts as OpenAI content parts", () => {
    const [system, user] = toOpenAIChatMessages([
      {
        role: "system",
        content: [
          { type: "text", text: "a" },
          { type: "text", text: "b" },
        ],
      },
      {
        role: "user",
        content: [
          { type: "text", text: "What is this?" },
          { type: "image", image: png },
          { type: "image", image: new URL("https://example.com/cat.jpg") },
          { type: "image", image: "data:image/gif;base64,R0lGODlh" },
          { type: "file", data: "JVBERi0xLjQ=", mediaType: "application/pdf", filename: "a.pdf" },
          { type: "file", data: new Uint8Array([1, 2, 3]), mediaType: "audio/mpeg" },
        ],
      },
    ]);
    expect(system).toEqual({ role: "system", content: "ab" });
    expect(user).toEqual({
      role: "user",
      content: [
        { type: "text", text: "What is this?" },
        { type: "image_url", image_url: { url: `data:image/png;base64,${pngBase64}` } },
        { type: "image_url", image_url: { url: "https://example.com/cat.jpg" } },
        { type: "image_url", image_url: { url: "data:image/gif;base64,R0lGODlh" } },
        {
          type: "file",
          file: { file_data: "data:application/pdf;base64,JVBERi0xLjQ=", filename: "a.pdf" },
        },
        { type: "input_audio", input_audio: { data: "AQID", format: "mp3" } },
      ],
    });
  });

  it("rejects audio it cannot name and a file given as a link", () => {
    expect(() =>
      toOpenAIChatMessages([
        { role: "user", content: [{ type: "file", data: "AAAA", mediaType: "audio/ogg" }] },
      ]),
    ).toThrow(/WAV or MP3/);
    expect(() =>
      toOpenAIChatMessages([
        {
          role: "user",
          content: [
            { type: "file", data: new URL("https://x.test/a.pdf"), mediaType: "application/pdf" },
          ],
        },
      ]),
    ).toThrow(/bytes of a file, not a link/);
  });
});
