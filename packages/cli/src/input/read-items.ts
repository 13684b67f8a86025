import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "../cli-error.js";
import { byteLines } from "./byte-lines.js";
import { contentHash } from "./content-hash.js";
import { InputError } from "./input-error.js";
import type { InputItem } from "./input-item.js";

const jsonl = /\.(jsonl|ndjson)$/i;

/** How the input files are read. */
export interface ReadOptions {
  /** Text encoding of the input files (a WHATWG encoding label). Default `utf-8`. */
  encoding?: string;
}

/**
 * The items of the input files, read lazily: a `.jsonl` / `.ndjson` file gives one item per
 * non-blank line, any other file is one item (its whole text). A JSONL line is a JSON string
 * (the document) or an object with a string `text` and optionally an `id` (string or number).
 * Text that is not valid in `encoding`, an empty or whitespace-only document, and any other
 * line become items carrying an {@link InputError}: reported, never sent.
 */
export async function* readItems(
  files: readonly string[],
  cwd: string,
  options: ReadOptions = {},
): AsyncGenerator<InputItem> {
  const encoding = options.encoding ?? "utf-8";
  const decode = decoderFor(encoding);
  for (const file of files) {
    const path = resolve(cwd, file);
    if (!jsonl.test(file)) {
      const decoded = decode(await readFile(path));
      if ("text" in decoded) yield documentItem(file, decoded.text);
      else yield undecodable(file, decoded.lossy, encoding);
      continue;
    }
    let lineNumber = 0;
    for await (const bytes of byteLines(createReadStream(path))) {
      lineNumber += 1;
      const where = `${file}:${lineNumber}`;
      const decoded = decode(bytes);
      if (!("text" in decoded)) yield undecodable(where, decoded.lossy, encoding);
      else if (decoded.text.trim() !== "") yield lineItem(decoded.text, where);
    }
  }
}

type Decoded = { text: string } | { lossy: string };

function decoderFor(encoding: string): (bytes: Uint8Array) => Decoded {
  let strict: InstanceType<typeof TextDecoder>;
  let lossy: InstanceType<typeof TextDecoder>;
  try {
    strict = new TextDecoder(encoding, { fatal: true });
    lossy = new TextDecoder(encoding);
  } catch (cause) {
    throw new CliError(
      `--encoding ${encoding} is not an encoding Node knows (e.g. utf-8, latin1, windows-1252, utf-16le).`,
      { cause },
    );
  }
  return (bytes) => {
    try {
      return { text: strict.decode(bytes) };
    } catch {
      return { lossy: lossy.decode(bytes) };
    }
  };
}

function undecodable(where: string, lossy: string, encoding: string): InputItem {
  return {
    id: where,
    hash: contentHash(lossy),
    error: new InputError(
      "invalid-encoding",
      `${where}: not valid ${encoding} text; give the file's encoding with --encoding (e.g. --encoding latin1).`,
    ),
    raw: lossy,
  };
}

/** A document, or its failure when there is nothing in it to extract from. */
function documentItem(id: string, text: string): InputItem {
  if (text.trim() === "") {
    return {
      id,
      hash: contentHash(text),
      error: new InputError("empty-document", `${id}: empty document (nothing to extract from).`),
      raw: text,
    };
  }
  return { id, hash: contentHash(text), text };
}

function lineItem(line: string, where: string): InputItem {
  const failed = (message: string, cause?: unknown): InputItem => ({
    id: where,
    hash: contentHash(line),
    error: new InputError("invalid-line", `${where}: ${message}`, { cause }),
    raw: line,
  });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    return failed("the line is not valid JSON", cause);
  }
  if (typeof value === "string") return documentItem(where, value);
  if (typeof value !== "object" || value === null || !("text" in value)) {
    return failed('expected a JSON string or an object with a string "text"');
  }
  const { text } = value;
  const id = "id" in value ? value.id : undefined;
  if (typeof text !== "string") return failed('"text" must be a string');
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
    return failed('"id" must be a string or a number');
  }
  return documentItem(id === undefined ? where : String(id), text);
}
