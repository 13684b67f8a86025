import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { contentHash } from "./content-hash.js";
import type { InputItem } from "./input-item.js";

const jsonl = /\.(jsonl|ndjson)$/i;

/**
 * The items of the input files, read lazily: a `.jsonl` / `.ndjson` file gives one item per
 * non-blank line, any other file is one item (its whole text). A JSONL line is a JSON string
 * (the document) or an object with a string `text` and optionally an `id` (string or number);
 * anything else becomes an item carrying its error.
 */
export async function* readItems(files: readonly string[], cwd: string): AsyncGenerator<InputItem> {
  for (const file of files) {
    const path = resolve(cwd, file);
    if (!jsonl.test(file)) {
      const text = await readFile(path, "utf8");
      yield { id: file, hash: contentHash(text), text };
      continue;
    }
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() !== "") yield lineItem(line, `${file}:${lineNumber}`);
    }
  }
}

function lineItem(line: string, where: string): InputItem {
  const failed = (message: string, cause?: unknown): InputItem => ({
    id: where,
    hash: contentHash(line),
    error: new Error(`${where}: ${message}`, { cause }),
    raw: line,
  });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    return failed("the line is not valid JSON", cause);
  }
  if (typeof value === "string") return { id: where, hash: contentHash(value), text: value };
  if (typeof value !== "object" || value === null || !("text" in value)) {
    return failed('expected a JSON string or an object with a string "text"');
  }
  const { text } = value;
  const id = "id" in value ? value.id : undefined;
  if (typeof text !== "string") return failed('"text" must be a string');
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
    return failed('"id" must be a string or a number');
  }
  return { id: id === undefined ? where : String(id), hash: contentHash(text), text };
}
