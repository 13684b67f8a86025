/** One ```ts block of a Markdown file. */
export interface Snippet {
  /** The Markdown file, relative to the repository root. */
  file: string;
  /** 1-based line of the block's first code line in `file`. */
  line: number;
  code: string;
  /** Why the block is not type-checked, from a `<!-- snippet: skip-typecheck reason -->` line. */
  skip?: string;
  /**
   * The repository file (relative to the root) the block is, character for character, from a
   * `<!-- snippet: file path -->` line: checked by comparing it with that file, which its own
   * package type-checks and tests, instead of on its own.
   */
  source?: string;
}

const MARKER = /^<!--\s*snippet:\s*(skip-typecheck|file)\s+(.+?)\s*-->$/;
const OPEN_FENCE = /^```(ts|typescript)\s*$/;
const CLOSE_FENCE = /^```\s*$/;

/**
 * The ```ts blocks of a Markdown text, in order. A block whose nearest non-blank line before the
 * fence is a marker carries it: a skip marker's reason, or a file marker's path; a marker needs
 * its argument.
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
    const marker = markerBefore(lines, i);
    snippets.push({
      file,
      line: start + 1,
      code: lines.slice(start, end).join("\n"),
      ...(marker?.[1] === "skip-typecheck" ? { skip: marker[2] } : {}),
      ...(marker?.[1] === "file" ? { source: marker[2] } : {}),
    });
    i = end;
  }
  return snippets;
}

function markerBefore(lines: readonly string[], fence: number): RegExpExecArray | null {
  let i = fence - 1;
  while (i >= 0 && (lines[i] ?? "").trim() === "") i--;
  return MARKER.exec((lines[i] ?? "").trim());
}

/** Whether the block is type-checked on its own: neither skipped nor a copy of a repository file. */
export function typeChecked(snippet: Snippet): boolean {
  return snippet.skip === undefined && snippet.source === undefined;
}
