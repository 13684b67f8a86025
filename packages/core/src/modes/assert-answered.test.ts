import { describe, expect, it } from "vitest";
import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { RefusalError } from "../errors/refusal-error.js";
import { textResponse } from "../testing/mock-responses.js";
import { assertAnswered } from "./assert-answered.js";

describe("assertAnswered", () => {
  it("accepts a finished answer", () => {
    expect(() => assertAnswered(textResponse("{}"))).not.toThrow();
  });

  it("throws RefusalError for a refusal or a content filter stop", () => {
    expect(() => assertAnswered({ ...textResponse(""), refusal: "no" })).toThrow(
      "The model refused to answer: no",
    );
    expect(() => assertAnswered(textResponse("", { finishReason: "content_filter" }))).toThrow(
      RefusalError,
    );
  });

  it("throws IncompleteOutputError with the truncated text for finish reason length", () => {
    expect(() => assertAnswered(textResponse('{"a":', { finishReason: "length" }))).toThrow(
      expect.objectContaining({ name: "IncompleteOutputError", rawText: '{"a":' }),
    );
    expect(() => assertAnswered(textResponse("", { finishReason: "length" }))).toThrow(
      IncompleteOutputError,
    );
  });
});
