import { safeJson } from "../adapter-kit/safe-json.js";

/**
 * Finds the JSON of an MD_JSON answer while it streams: fed text deltas, it returns only the
 * JSON text, skipping prose and `<think>…</think>` blocks as they arrive. Markers split across
 * deltas are held back (a few characters at most) until they can be told apart. The
 * non-streaming MD_JSON extraction is this extractor fed the whole answer at once, so a streamed
 * and a whole answer always yield the same JSON text.
 */
export interface MdJsonExtractor {
  /** Feeds one text delta; returns the part of it that is JSON text (often `""`). */
  push(delta: string): string;
  /**
   * Ends the input; returns JSON text still held back: a dangling backtick of the fence body, or
   * a bare JSON scalar (which can only be recognised once the whole answer is known).
   */
  end(): string;
  /** True once JSON text has begun: a ```json (or untagged) fence, or a bare JSON answer. */
  readonly found: boolean;
  /** True once the fence around the JSON has closed; later text is ignored. */
  readonly closed: boolean;
}

/**
 * Creates an {@link MdJsonExtractor}. The one MD_JSON rule, in stream order:
 * - `<think>…</think>` blocks (any case) are skipped; an unclosed `<think>` hides the rest of
 *   the answer (the model never got to answer);
 * - a lone `</think>` (the chat template opened the block in the prompt) makes everything before
 *   it reasoning, as long as no JSON has begun. Until then that text is prose, skipped anyway, so
 *   this costs nothing while streaming. Once a JSON fence or bare JSON has begun, `</think>` is
 *   ordinary text: the JSON was already handed on (snapshots shown, elements yielded) and cannot
 *   be taken back, so a fence written before a lone `</think>` is the answer;
 * - the FIRST fence tagged `json` (any case) or untagged is the answer; fences with another tag
 *   are skipped; the body ends at the next ```` ``` ```` outside a JSON string, so a string
 *   holding backticks does not cut the JSON short; an unclosed fence runs to the end;
 * - an answer whose first visible character is `{` or `[` is bare JSON: everything from there
 *   on is JSON text (trailing prose is then a parse error);
 * - otherwise, at the end, a visible answer (outside `<think>` blocks, no fence) that is one JSON
 *   value once trimmed, such as `42` or `"Jason"`, is bare JSON too.
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
  /**
   * The visible prose so far, a bare JSON scalar candidate; `undefined` once a fence was seen
   * (then the answer is not one bare value).
   */
  private prose: string | undefined = "";
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
          i = this.scanProse(text, i);
          break;
        case THINK:
          i = this.skipPast(text, i, THINK_CLOSE, true);
          break;
        case FENCE_INFO:
          i = this.fenceInfo(text, i);
          break;
        case SKIP_FENCE:
          i = this.skipPast(text, i, FENCE);
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
    const held = this.carry;
    this.carry = "";
    if (this.state === BODY) return held;
    if (this.state !== PROSE || this.prose === undefined) return "";
    const bare = (this.prose + held).trim();
    // Not JSON: the answer simply has no bare JSON; the caller reports what is missing.
    if (safeJson(bare) === undefined) return "";
    this.state = BARE;
    return bare;
  }

  /** Holds `text` from `index` back until the next delta; returns the end of `text`. */
  private holdFrom(text: string, index: number): number {
    this.carry = text.slice(index);
    return text.length;
  }

  /** Scans prose for a fence, a think tag or the start of bare JSON. */
  private scanProse(text: string, start: number): number {
    for (let i = start; i < text.length; i++) {
      const char = text[i]!;
      if (char === "`" || char === "<") {
        const marker = char === "`" ? FENCE : text[i + 1] === "/" ? THINK_CLOSE : THINK_OPEN;
        const match = matchAt(text, i, marker, marker !== FENCE);
        if (match === NO_MATCH) {
          this.visible = true;
          continue;
        }
        this.keepProse(text.slice(start, i));
        return match === PARTIAL_MATCH ? this.holdFrom(text, i) : this.enter(marker, i);
      }
      if (!this.visible && (char === "{" || char === "[")) {
        this.state = BARE;
        return i;
      }
      if (char !== " " && char !== "\n" && char !== "\r" && char !== "\t") this.visible = true;
    }
    this.keepProse(text.slice(start));
    return text.length;
  }

  private keepProse(prose: string): void {
    if (this.prose !== undefined) this.prose += prose;
  }

  /** Acts on `marker`, found in prose at `index`; returns where scanning goes on. */
  private enter(marker: string, index: number): number {
    if (marker === FENCE) {
      this.state = FENCE_INFO;
      this.info = "";
      this.prose = undefined;
    } else if (marker === THINK_OPEN) {
      this.state = THINK;
    } else {
      // A lone closing tag: everything before it was reasoning; the answer starts afresh.
      this.visible = false;
      this.prose = "";
    }
    return index + marker.length;
  }

  /**
   * Skips text up to and past `close` (the end of a think block or of a skipped fence), then goes
   * back to prose; a `close` split across deltas is held back.
   */
  private skipPast(text: string, start: number, close: string, ignoreCase = false): number {
    const first = close[0]!;
    for (let i = text.indexOf(first, start); i >= 0; i = text.indexOf(first, i + 1)) {
      const match = matchAt(text, i, close, ignoreCase);
      if (match === PARTIAL_MATCH) return this.holdFrom(text, i);
      if (match === MATCH) {
        this.state = PROSE;
        return i + close.length;
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
