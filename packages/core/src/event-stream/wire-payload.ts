import { EventStreamError } from "../errors/event-stream-error.js";
import type { Usage } from "../types/usage.js";
import type { WireError } from "./wire-format.js";

/** The data of a named wire event, parsed and checked; a bad one is a `protocol` error. */
export class WirePayload {
  private readonly value: unknown;

  constructor(
    private readonly event: string,
    data: string,
  ) {
    try {
      this.value = JSON.parse(data);
    } catch (error) {
      throw protocolError(`the data of a "${event}" event is not JSON`, error);
    }
  }

  /** The payload as a string (`text`, `reasoning`). */
  string(): string {
    if (typeof this.value !== "string") throw this.bad("a string");
    return this.value;
  }

  /** A non-negative integer field of an object payload. */
  count(field: string): number {
    const value = this.field(field);
    if (!Number.isSafeInteger(value) || typeof value !== "number" || value < 0) {
      throw this.bad(`a count in "${field}"`);
    }
    return value;
  }

  /** A boolean field of an object payload. */
  flag(field: string): boolean {
    const value = this.field(field);
    if (typeof value !== "boolean") throw this.bad(`a boolean in "${field}"`);
    return value;
  }

  /** An optional JSON object field of an object payload (`undefined` when absent). */
  optionalObject(field: string): Record<string, unknown> | undefined {
    const value = this.field(field);
    if (value === undefined) return undefined;
    if (!isRecord(value)) throw this.bad(`an object in "${field}"`);
    return value;
  }

  /** A `Usage` field of an object payload. */
  usage(field: string): Usage {
    const value = this.field(field);
    if (!isRecord(value)) throw this.bad(`a usage object in "${field}"`);
    const { promptTokens, completionTokens, totalTokens } = value;
    if (
      typeof promptTokens !== "number" ||
      typeof completionTokens !== "number" ||
      typeof totalTokens !== "number"
    ) {
      throw this.bad(`token counts in "${field}"`);
    }
    return { promptTokens, completionTokens, totalTokens };
  }

  /** A `WireError`: the payload itself, or one of its fields. */
  error(field?: string): WireError {
    const value = field === undefined ? this.value : this.field(field);
    if (!isRecord(value) || typeof value.name !== "string" || typeof value.message !== "string") {
      throw this.bad("an error's name and message");
    }
    return { name: value.name, message: value.message };
  }

  private field(name: string): unknown {
    if (!isRecord(this.value)) throw this.bad("an object");
    return this.value[name];
  }

  private bad(what: string): EventStreamError {
    return protocolError(`the data of a "${this.event}" event is not ${what}`);
  }
}

/** The error for a body that is not an instr event stream. */
export function protocolError(why: string, cause?: unknown): EventStreamError {
  return new EventStreamError(
    `Not an instr event stream: ${why}.`,
    { kind: "protocol" },
    cause === undefined ? {} : { cause },
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
