/** A Markdown line that names the example whose demo output the next ```text block shows. */
const MARKER = /^<!-- demo-output: ([a-z0-9-]+) -->$/;
const TEXT_FENCE = "```text";
const CLOSE_FENCE = "```";

/** One ```text block of the README that shows an example's demo output. */
export interface DemoOutputBlock {
  /** The example's name (`apps/examples/src/examples/index.ts`). */
  name: string;
  /** 1-based line of the marker. */
  line: number;
  /** The block's lines, fences excluded. */
  text: string[];
  /** 0-based index of the first and one past the last text line. */
  start: number;
  end: number;
}

/**
 * Every `<!-- demo-output: NAME -->` marker of a Markdown text and the ```text block right
 * after it.
 *
 * @throws Error for a marker without a ```text block on the next line, or an unclosed block.
 */
export function demoOutputBlocks(markdown: string): DemoOutputBlock[] {
  const lines = markdown.split("\n");
  const blocks: DemoOutputBlock[] = [];
  lines.forEach((line, i) => {
    const name = MARKER.exec(line.trim())?.[1];
    if (name === undefined) return;
    if (lines[i + 1]?.trim() !== TEXT_FENCE) {
      throw new Error(
        `line ${i + 1}: demo-output marker "${name}" is not followed by ${TEXT_FENCE}`,
      );
    }
    const start = i + 2;
    const close = lines.findIndex((l, j) => j >= start && l.trim() === CLOSE_FENCE);
    if (close === -1) throw new Error(`line ${i + 2}: unclosed ${TEXT_FENCE} block`);
    blocks.push({ name, line: i + 1, text: lines.slice(start, close), start, end: close });
  });
  return blocks;
}

/**
 * The Markdown text with every marked block replaced by that example's output; blocks of
 * examples missing from `outputs` are left as they are.
 */
export function withDemoOutputs(
  markdown: string,
  outputs: ReadonlyMap<string, readonly string[]>,
): string {
  const lines = markdown.split("\n");
  // From the last block back, so earlier indices stay valid.
  for (const block of demoOutputBlocks(markdown).reverse()) {
    const output = outputs.get(block.name);
    if (output !== undefined) lines.splice(block.start, block.end - block.start, ...output);
  }
  return lines.join("\n");
}
