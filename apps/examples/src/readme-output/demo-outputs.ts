import { startMockServer } from "@instr/mock-server";
import { examples } from "../examples/index.js";
import { offlineContext, SCRIPTED_LABEL } from "../runner/create-context.js";
import { formatValue } from "../runner/format-value.js";
import { runExamples } from "../runner/run-examples.js";

/**
 * What each example prints in the offline demo (`pnpm demo`), by example name, without the
 * `[scripted offline reply]` lines: the text the README shows beside each example.
 *
 * @throws Error when an example fails: its output would not be worth showing.
 */
export async function offlineDemoOutputs(): Promise<Map<string, string[]>> {
  const server = await startMockServer();
  try {
    const outputs = new Map<string, string[]>();
    for (const example of examples) {
      const lines: string[] = [];
      const ctx = offlineContext(server, (line) => {
        // A printed value may span lines (util.inspect of a nested object).
        if (!line.startsWith(SCRIPTED_LABEL)) lines.push(...line.split("\n"));
      });
      // The header lines runExamples writes are the demo's, not the example's.
      const [outcome] = await runExamples([example], ctx, () => undefined, server);
      if (!outcome?.ok) {
        throw new Error(`example ${example.name} failed: ${formatValue(outcome?.result)}`);
      }
      outputs.set(example.name, lines);
    }
    return outputs;
  } finally {
    await server.close();
  }
}
