import type { Table } from "./table.js";

/** What one benchmark section reports: a table, a one-line verdict and the raw numbers. */
export interface SectionResult {
  title: string;
  tables: Table[];
  /** Notes printed under the table (methodology caveats of this run). */
  notes: string[];
  verdict: string;
  /** Machine-readable numbers for results/*.json. */
  data: Record<string, unknown>;
}
