/**
 * Finds the JSON of an MD_JSON answer while it streams: fed text deltas, it returns only the
 * JSON text, skipping prose and `<think>…</think>` blocks as they arrive. Markers split across
 * deltas are held back (a few characters at most) until they can be told apart.
 */
export interface MdJsonExtractor {
  /** Feeds one text delta; returns the part of it that is JSON text (often `""`). */
  push(delta: string): string;
  /** Ends the input; returns JSON text still held back (a dangling backtick of the body). */
  end(): string;
  /** True once JSON text has begun: a ```json (or untagged) fence, or a bare JSON answer. */
  readonly found: boolean;
  /** True once the fence around the JSON has closed; later text is ignored. */
  readonly closed: boolean;
}

/**
 * Creates an {@link MdJsonExtractor}. Rules, in stream order:
 * - `<think>…</think>` blocks are skipped (an unclosed one hides the rest of the answer);
 * - the FIRST fence tagged `json` (any case) or untagged is the answer; fences with another tag
 *   are skipped; the body ends at the next ```` ``` ```` outside a JSON string, so a string
 *   holding backticks does not cut the JSON short;
 * - an answer whose first visible character is `{` or `[` is bare JSON: everything from there
 *   on is JSON text (trailing prose is then a parse error, as in the non-streaming extractor).
 */
export function createMdJsonExtractor(): MdJsonExtractor {
  return new StreamingMdJsonExtractor();
}

const PROSE = 0;
const THINK = 1;
const FENCE_INFO = 2; // after an opening fence, in its info string
const SKIP_FENCE = 3; // in a fence tagged with another language
const BODY = 4; // in the JSON fence
const BARE = 5; // bare JSON, to the end
const CLOSED = 6;

const FENCE = "```";
const THINK_OPEN = "<think>";
const THINK_CLOSE = "</think>";

const NO_MATCH = 0;
const PARTIAL_MATCH = 1;
const MATCH = 2;

/** Whether `marker` is at `text[index]`, or may be once more text arrives. */
function matchAt(text: string, index: number, marker: string, ignoreCase = false): number {
  const available = Math.min(marker.length, text.length - index);
  for (let k = 0; k < available; k++) {
    const char = ignoreCase ? text[index + k]!.toLowerCase() : text[index + k];
    if (char !== marker[k]) return NO_MATCH;
  }
  return available === marker.length ? MATCH : PARTIAL_MATCH;
}

function isJsonFenceTag(info: string): boolean {
  const tag = info.trim().split(/\s+/)[0]!.toLowerCase();
  return tag === "json" || tag === "";
}

class StreamingMdJsonExtractor implements MdJsonExtractor {
  private state = PROSE;
  /** Text held back because it may start a marker. */
  private carry = "";
  private out = "";
  /** Non-whitespace prose (outside think blocks) was seen: a later `{` is not bare JSON. */
  private visible = false;
  private info = "";
  private inString = false;
  private escaped = false;

  get found(): boolean {
    return this.state === BODY || this.state === BARE || this.state === CLOSED;
  }

  get closed(): boolean {
    return this.state === CLOSED;
  }

  push(delta: string): string {
    const text = this.carry + delta;
    this.carry = "";
    this.out = "";
    let i = 0;
    while (i < text.length) {
      switch (this.state) {
        case PROSE:
          i = this.prose(text, i);
          break;
        case THINK:
          i = this.think(text, i);
          break;
        case FENCE_INFO:
          i = this.fenceInfo(text, i);
          break;
        case SKIP_FENCE:
          i = this.skipFence(text, i);
          break;
        case BODY:
          i = this.body(text, i);
          break;
        case BARE:
          this.out += text.slice(i);
          i = text.length;
          break;
        default:
          i = text.length;
      }
    }
    return this.out;
  }

  end(): string {
    const rest = this.state === BODY ? this.carry : "";
    this.carry = "";
    return rest;
  }

  /** Holds `text` from `index` back until the next delta; returns the end of `text`. */
  private holdFrom(text: string, index: number): number {
    this.carry = text.slice(index);
    return text.length;
  }

  private prose(text: string, start: number): number {
    for (let i = start; i < text.length; i++) {
      const char = text[i]!;
      if (char === "`" || char === "<") {
        const open = char === "`";
        const match = open ? matchAt(text, i, FENCE) : matchAt(text, i, THINK_OPEN, true);
        if (match === PARTIAL_MATCH) return this.holdFrom(text, i);
        if (match === MATCH) {
          this.state = open ? FENCE_INFO : THINK;
          this.info = "";
          return i + (open ? FENCE.length : THINK_OPEN.length);
        }
        this.visible = true;
      } else if (!this.visible && (char === "{" || char === "[")) {
        this.state = BARE;
        return i;
      } else if (char !== " " && char !== "\n" && char !== "\r" && char !== "\t") {
        this.visible = true;
      }
    }
    return text.length;
  }

  private think(text: string, start: number): number {
    for (let i = text.indexOf("<", start); i >= 0; i = text.indexOf("<", i + 1)) {
      const match = matchAt(text, i, THINK_CLOSE, true);
      if (match === PARTIAL_MATCH) return this.holdFrom(text, i);
      if (match === MATCH) {
        this.state = PROSE;
        return i + THINK_CLOSE.length;
      }
    }
    return text.length;
  }

  private fenceInfo(text: string, start: number): number {
    for (let i = start; i < text.length; i++) {
      const char = text[i];
      if (char === "\n") {
        this.state = isJsonFenceTag(this.info + text.slice(start, i)) ? BODY : SKIP_FENCE;
        return i + 1;
      }
      if (char === "`") {
        // Inline code such as ```x``` on one line, not a fence.
        this.state = PROSE;
        this.visible = true;
        return i;
      }
    }
    this.info += text.slice(start);
    return text.length;
  }

  private skipFence(text: string, start: number): number {
    for (let i = text.indexOf("`", start); i >= 0; i = text.indexOf("`", i + 1)) {
      const match = matchAt(text, i, FENCE);
      if (match === PARTIAL_MATCH) return this.holdFrom(text, i);
      if (match === MATCH) {
        this.state = PROSE;
        return i + FENCE.length;
      }
    }
    return text.length;
  }

  /** Forwards JSON text up to the closing fence, tracking strings so their backticks stay. */
  private body(text: string, start: number): number {
    for (let i = start; i < text.length; i++) {
      const char = text[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (char === "\\") this.escaped = true;
        else if (char === '"') this.inString = false;
      } else if (char === '"') {
        this.inString = true;
      } else if (char === "`") {
        const match = matchAt(text, i, FENCE);
        if (match === NO_MATCH) continue;
        this.out += text.slice(start, i);
        if (match === PARTIAL_MATCH) return this.holdFrom(text, i);
        this.state = CLOSED;
        return text.length;
      }
    }
    this.out += text.slice(start);
    return text.length;
  }
}
