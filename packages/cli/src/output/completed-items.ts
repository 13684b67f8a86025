import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { CliError } from "../cli-error.js";
import { itemKey } from "../input/input-item.js";

/** What {@link completedItems} found in an existing results file. */
export interface CompletedItems {
  /** Resume keys (`itemKey`) of the items already done. */
  keys: Set<string>;
  /** Bytes of an unfinished last line that were cut off (0 when there was none). */
  droppedBytes: number;
}

/**
 * The resume keys of the items already in the results file (none when it does not exist).
 * A last line without its newline is what an interrupted write leaves: it is cut off (and
 * reported in `droppedBytes`) so the item runs again and appended lines start on a fresh line.
 * Any other unreadable line is an error: guessing would lose or duplicate results.
 */
export async function completedItems(path: string): Promise<CompletedItems> {
  const keys = new Set<string>();
  const droppedBytes = await dropUnfinishedLine(path);
  if (droppedBytes === undefined) return { keys, droppedBytes: 0 };
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    const record = parseRecord(line);
    if (!record) {
      throw new CliError(
        `${path}:${lineNumber} is not an instr result line ({"id", "hash", "data"}); use another --out.`,
      );
    }
    keys.add(itemKey(record));
  }
  return { keys, droppedBytes };
}

function parseRecord(line: string): { id: string; hash: string } | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== "object" || value === null) return undefined;
    if (!("id" in value) || !("hash" in value)) return undefined;
    const { id, hash } = value;
    return typeof id === "string" && typeof hash === "string" ? { id, hash } : undefined;
  } catch {
    return undefined;
  }
}

/** Truncates `path` after its last newline; the bytes cut, or undefined without a file. */
async function dropUnfinishedLine(path: string): Promise<number | undefined> {
  const file = await open(path, "r+").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (!file) return undefined;
  try {
    const { size } = await file.stat();
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await file.read(chunk, 0, end - start, start);
      const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline !== -1) {
        end = start + newline + 1;
        break;
      }
      end = start;
    }
    if (end < size) await file.truncate(end);
    return size - end;
  } finally {
    await file.close();
  }
}
