/**
 * Splits `<think>…</think>` reasoning out of a model's content while it streams, so it never
 * reaches the JSON parser: fed text deltas, it returns the answer part of each and collects the
 * reasoning (`takeReasoning`). Tags split across deltas are held back (a few characters at most)
 * until they can be told apart. A whole content is the splitter fed once, so streamed and whole
 * answers always split alike.
 *
 * The rule, in stream order (tags in any case):
 * - before the answer begins, any number of `<think>…</think>` blocks are reasoning (the
 *   whitespace around them is dropped); an unclosed block makes the rest reasoning (the model never got to answer);
 * - with `holdProse`, text that does not begin like a JSON container, string or number is held
 *   back: a lone `</think>` after it (the chat template opened the block in the prompt) makes it
 *   reasoning; at the end it is the answer after all (and fails to parse there, as it would
 *   have). Without `holdProse` (MD_JSON, whose fence extractor skips prose itself) such text is
 *   the answer at once;
 * - once the answer has begun, everything is answer: a `<think>` inside a JSON string is text.
 */
export class ThinkSplitter {
  private state = START;
  /** Text held back: whitespace and a tag prefix (START), or a tag prefix (THINK, PROSE). */
  private held = "";
  /** PROSE: the prose held back so far, before `held`. */
  private heldProse = "";
  /** A tag was split out: the whitespace after it, before the answer, goes with it. */
  private afterTag = false;
  private reasoning = "";

  constructor(private readonly holdProse: boolean) {}

  /** True once the answer has begun: every later delta is answer text, unchanged. */
  get answering(): boolean {
    return this.state === ANSWER;
  }

  /** Feeds one delta; returns its answer text (often `""` before the answer begins). */
  push(delta: string): string {
    if (this.state === ANSWER) return delta;
    let text = this.held + delta;
    this.held = "";
    for (;;) {
      if (this.state === START) {
        const rest = this.start(text);
        if (rest === undefined) return "";
        text = rest;
      }
      if (this.state === THINK) {
        const rest = this.think(text);
        if (rest === undefined) return "";
        text = rest;
        continue;
      }
      if (this.state === PROSE) {
        const rest = this.prose(text);
        if (rest === undefined) return "";
        text = rest;
        continue;
      }
      return text;
    }
  }

  /** Ends the input; returns answer text still held back. */
  end(): string {
    const held = this.heldProse + this.held;
    this.held = "";
    this.heldProse = "";
    if (this.state === THINK) {
      this.reasoning += held;
      return "";
    }
    // Whitespace after a tag goes with it, as when the answer follows.
    const answer = this.state === START && this.afterTag ? held.trimStart() : held;
    this.state = ANSWER;
    return answer;
  }

  /** The reasoning split out since the last call. */
  takeReasoning(): string {
    const reasoning = this.reasoning;
    this.reasoning = "";
    return reasoning;
  }

  /** Before the answer: returns the text left to scan in the new state, or undefined (held). */
  private start(text: string): string | undefined {
    let i = 0;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === text.length) return this.hold(text);
    if (text[i] === "<") {
      const tag = text[i + 1] === "/" ? THINK_CLOSE : THINK_OPEN;
      const match = matchAt(text, i, tag);
      if (match === PARTIAL) return this.hold(text);
      if (match === MATCH) {
        // A lone closing tag with nothing before it closes nothing: skip it.
        if (tag === THINK_OPEN) this.state = THINK;
        this.afterTag = true;
        return text.slice(i + tag.length);
      }
    }
    this.state = this.holdProse && !beginsJson(text.charCodeAt(i)) ? PROSE : ANSWER;
    return this.afterTag ? text.slice(i) : text;
  }

  /** In a block: its text is reasoning up to the closing tag. */
  private think(text: string): string | undefined {
    const close = findTag(text);
    if (close.index === -1) {
      this.reasoning += text.slice(0, close.heldFrom);
      return this.hold(text.slice(close.heldFrom));
    }
    this.reasoning += text.slice(0, close.index);
    this.state = START;
    return text.slice(close.index + THINK_CLOSE.length);
  }

  /**
   * Prose before the answer: held until a closing tag makes it reasoning, or the end. Only the
   * new text is scanned (the held prose has no tag), so long prose costs linear time.
   */
  private prose(text: string): string | undefined {
    const close = findTag(text);
    if (close.index === -1) {
      this.heldProse += text.slice(0, close.heldFrom);
      return this.hold(text.slice(close.heldFrom));
    }
    this.reasoning += this.heldProse + text.slice(0, close.index);
    this.heldProse = "";
    this.afterTag = true;
    this.state = START;
    return text.slice(close.index + THINK_CLOSE.length);
  }

  private hold(text: string): undefined {
    this.held = text;
    return undefined;
  }
}

const START = 0;
const THINK = 1;
const PROSE = 2;
const ANSWER = 3;

const THINK_OPEN = "<think>";
const THINK_CLOSE = "</think>";

const NO_MATCH = 0;
const PARTIAL = 1;
const MATCH = 2;

/** Whether `tag` is at `text[index]` (any case), or may be once more text arrives. */
function matchAt(text: string, index: number, tag: string): number {
  const available = Math.min(tag.length, text.length - index);
  for (let k = 0; k < available; k++) {
    if (text[index + k]?.toLowerCase() !== tag[k]) return NO_MATCH;
  }
  return available === tag.length ? MATCH : PARTIAL;
}

/**
 * Where `</think>` is in `text` (`index`, else -1), and where a prefix of it that may complete
 * in the next delta begins (`heldFrom`, `text.length` when none).
 */
function findTag(text: string): { index: number; heldFrom: number } {
  for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) {
    const match = matchAt(text, i, THINK_CLOSE);
    if (match === MATCH) return { index: i, heldFrom: i };
    if (match === PARTIAL) return { index: -1, heldFrom: i };
  }
  return { index: -1, heldFrom: text.length };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** `{`, `[`, `"`, `-` or a digit: the start of a JSON value that is no word of prose. */
function beginsJson(code: number): boolean {
  return (
    code === 0x7b ||
    code === 0x5b ||
    code === 0x22 ||
    code === 0x2d ||
    (code >= 0x30 && code <= 0x39)
  );
}
