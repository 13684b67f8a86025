import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { formatProgress } from "./format-progress.js";
import { formatUsage } from "./format-usage.js";
import { lineView } from "./line-view.js";
import type { ExtractProgress } from "./progress-view.js";

const progress = (elapsedMs: number, done: number): ExtractProgress => ({
  total: 100,
  succeeded: done - 2,
  failed: 2,
  cacheHits: 5,
  rateLimited: 1,
  usage: { promptTokens: 12000, completionTokens: 2808, totalTokens: 14808 },
  elapsedMs,
  tokensPerSecond: 1234.4,
});

describe("progress lines", () => {
  it("shows cached and reasoning tokens when the provider reports them", () => {
    const detailed = {
      ...progress(10_000, 40),
      usage: {
        promptTokens: 12000,
        completionTokens: 2808,
        totalTokens: 14808,
        cachedPromptTokens: 9000,
        reasoningTokens: 800,
      },
    };
    expect(formatProgress(detailed)).toContain(
      "14808 tokens (12000 prompt, 9000 of them cached; 2808 completion, 800 of them reasoning)",
    );
    expect(formatUsage({ ...detailed.usage, cachedPromptTokens: undefined })).toBe(
      "14808 tokens (12000 prompt, 2808 completion, 800 of them reasoning)",
    );
  });

  it("shows done, failed, cached, tokens spent, tokens/s, elapsed and ETA", () => {
    expect(formatProgress(progress(10_000, 40))).toBe(
      "extract 40/100 done, 2 failed, 5 cached, 1 rate-limited, 14808 tokens (12000 prompt, 2808 completion), 1234 tok/s, 10s elapsed, ETA 15s",
    );
  });

  it("prints at most one line per interval, and always the last", () => {
    let text = "";
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        text += chunk.toString();
        callback();
      },
    });
    const view = lineView(stream, 1000);
    for (let ms = 0; ms <= 2500; ms += 100) view.update(progress(ms, 10));
    view.stop(progress(2600, 10));
    expect(
      text
        .trim()
        .split("\n")
        .map((l) => l.match(/(\d+)s elapsed/)?.[1]),
    ).toEqual(["1", "2", "3"]);
  });
});
