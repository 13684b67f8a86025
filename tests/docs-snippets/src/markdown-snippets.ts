/** One ```ts block of a Markdown file. */
export interface Snippet {
  /** The Markdown file, relative to the repository root. */
  file: string;
  /** 1-based line of the block's first code line in `file`. */
  line: number;
  code: string;
  /** Why the block is not type-checked, from a `<!-- snippet: skip-typecheck reason -->` line. */
  skip?: string;
}

const SKIP_MARKER = /^<!--\s*snippet:\s*skip-typecheck\s+(.+?)\s*-->$/;
const OPEN_FENCE = /^```(ts|typescript)\s*$/;
const CLOSE_FENCE = /^```\s*$/;

/**
 * The ```ts blocks of a Markdown text, in order. A block whose nearest non-blank line before the
 * fence is a skip marker carries the marker's reason; a marker needs a reason.
 */
export function markdownSnippets(file: string, markdown: string): Snippet[] {
  const lines = markdown.split("\n");
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!OPEN_FENCE.test(lines[i] ?? "")) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !CLOSE_FENCE.test(lines[end] ?? "")) end++;
    if (end === lines.length) throw new Error(`${file}:${i + 1}: unclosed \`\`\`ts block`);
    const skip = skipReason(lines, i);
    snippets.push({
      file,
      line: start + 1,
      code: lines.slice(start, end).join("\n"),
      ...(skip === undefined ? {} : { skip }),
    });
    i = end;
  }
  return snippets;
}

function skipReason(lines: readonly string[], fence: number): string | undefined {
  let i = fence - 1;
  while (i >= 0 && (lines[i] ?? "").trim() === "") i--;
  return SKIP_MARKER.exec((lines[i] ?? "").trim())?.[1];
}
