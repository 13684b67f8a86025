import type { SectionResult } from "./section-result.js";
import { formatTable } from "./table.js";

/** Renders one section for the terminal: title, tables, notes, verdict. */
export function formatSection(section: SectionResult): string {
  return [
    `\n## ${section.title}\n`,
    ...section.tables.map((table) => `${formatTable(table)}\n`),
    ...section.notes.map((note) => `  ${note}`),
    `\n=> ${section.verdict}`,
  ].join("\n");
}
