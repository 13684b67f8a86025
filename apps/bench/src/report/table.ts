/** A printable table: a header row and data rows of already formatted cells. */
export interface Table {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * Renders `table` as aligned plain text: first column left-aligned, the others right-aligned.
 * @throws RangeError when a row's cell count differs from the header's.
 */
export function formatTable(table: Table): string {
  for (const row of table.rows) {
    if (row.length !== table.headers.length) {
      throw new RangeError(`a row has ${row.length} cells for ${table.headers.length} headers`);
    }
  }
  const all = [table.headers, ...table.rows];
  const widths = table.headers.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? "").length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(table.headers), rule, ...table.rows.map(line)].join("\n");
}
