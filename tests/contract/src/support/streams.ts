import type { Usage } from "@instr/core";
import type { AdapterStreamPart } from "@instr/core/adapter";

/** The stream parts of a text answer arriving in these pieces, then a `stop` finish. */
export function textParts(chunks: readonly string[], usage?: Usage): AdapterStreamPart[] {
  return [
    ...chunks.map((delta): AdapterStreamPart => ({ type: "text-delta", delta })),
    { type: "finish", finishReason: "stop", ...(usage === undefined ? {} : { usage }) },
  ];
}

/** Collects every value an async iterable yields. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}
