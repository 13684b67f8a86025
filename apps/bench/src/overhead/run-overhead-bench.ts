import { fromCerebras, transformCerebrasSchema } from "@instr/cerebras";
import { Mode, toJsonSchema } from "@instr/core";
import { startLoopbackCerebras } from "../fixtures/loopback-cerebras.js";
import { PERSON_ANSWER, PERSON_PROMPT, Person } from "../fixtures/person.js";
import { type PairedBlocksPlan, pairedBlocks } from "../measure/paired-blocks.js";
import { formatMicros, formatRatio } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";

const MODEL = "llama3.1-8b";

/**
 * Section 3: sequential `generate` calls vs raw Cerebras SDK calls sending the same strict JSON
 * schema, both against the loopback server with the same scripted answer. The raw side only
 * `JSON.parse`s the content; the difference is everything instr adds (messages, schema dialect,
 * hooks, validation, usage mapping).
 */
export async function runOverheadBench(plan: PairedBlocksPlan): Promise<SectionResult> {
  const { server, client } = await startLoopbackCerebras(() => ({
    type: "message",
    content: PERSON_ANSWER,
  }));
  try {
    const schema = transformCerebrasSchema(toJsonSchema(Person), Mode.JSON_SCHEMA, [
      Mode.JSON_SCHEMA,
    ]);
    const raw = async () => {
      const completion = await client.chat.completions.create({
        model: MODEL,
        messages: [{ role: "user", content: PERSON_PROMPT }],
        response_format: {
          type: "json_schema",
          json_schema: { name: "Person", schema, strict: true },
        },
        stream: false,
      });
      // The SDK types one union for completions, chunks and errors: what a raw caller narrows.
      if (!("object" in completion) || completion.object !== "chat.completion") {
        throw new Error("raw SDK call returned no chat.completion");
      }
      const content = completion.choices[0]?.message.content;
      if (typeof content !== "string") throw new Error("raw SDK call returned no content");
      return JSON.parse(content);
    };
    const instructor = fromCerebras(client, { mode: Mode.JSON_SCHEMA });
    const generate = () =>
      instructor.generate({ responseModel: Person, model: MODEL, prompt: PERSON_PROMPT });

    const result = await pairedBlocks(plan, raw, generate);
    const { ratio, addedMs, cpuRatio, cpuAddedMs } = result;
    return {
      title: "3. Per-call overhead: generate vs the raw Cerebras SDK (loopback HTTP)",
      tables: [
        {
          headers: ["per call", "raw SDK", "instr generate", "ours / raw", "added"],
          rows: [
            [
              "wall time",
              formatMicros(result.baseMs),
              formatMicros(result.subjectMs),
              formatRatio(ratio),
              formatMicros(addedMs),
            ],
            [
              "CPU time (client + in-process server)",
              formatMicros(result.baseCpuMs),
              formatMicros(result.subjectCpuMs),
              formatRatio(cpuRatio),
              formatMicros(cpuAddedMs),
            ],
          ],
        },
      ],
      notes: [
        "@cerebras/cerebras_cloud_sdk 1.91.0 on 127.0.0.1 (server in this process), same scripted answer, JSON_SCHEMA mode on both sides; raw: JSON.parse of the content, ours: + messages, schema dialect, hooks, zod validation.",
        `${plan.rounds} rounds of ${plan.callsPerBlock} sequential raw calls then ${plan.callsPerBlock} generate calls (${plan.warmupRounds} untimed round(s) first); ratio and added time are medians of the per-round values.`,
      ],
      verdict: `generate costs ${formatRatio(ratio)} the raw SDK call (${formatMicros(addedMs)} added per call; CPU ${formatRatio(cpuRatio)}, ${formatMicros(cpuAddedMs)}).`,
      data: { ...plan, ...result },
    };
  } finally {
    await server.close();
  }
}
