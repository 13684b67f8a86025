import type { MockServer } from "@instr/mock-server";
import type { Example, ExampleContext } from "./example-context.js";
import { formatValue } from "./format-value.js";

/** How one example went. */
export interface ExampleOutcome {
  name: string;
  ok: boolean;
  /** What `run` resolved to, or the error it threw (or the scripting mistake found after it). */
  result: unknown;
}

/**
 * Runs `examples` one after another with a header each and returns their outcomes; a failing
 * example is reported and the rest still run. Offline (`server` given), an example that leaves
 * scripted replies unused fails too, and the server is reset between examples.
 */
export async function runExamples(
  examples: readonly Example[],
  ctx: ExampleContext,
  sink: (line: string) => void,
  server?: MockServer,
): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const [i, example] of examples.entries()) {
    sink("");
    sink(`━━ ${i + 1}/${examples.length} ${example.name}: ${example.title}`);
    server?.reset();
    try {
      const result = await example.run(ctx);
      const unused = server?.pending ?? 0;
      if (unused > 0) throw new Error(`${unused} scripted replies were never requested`);
      outcomes.push({ name: example.name, ok: true, result });
    } catch (error) {
      sink(`✗ ${example.name} failed: ${formatValue(error)}`);
      outcomes.push({ name: example.name, ok: false, result: error });
    }
  }
  return outcomes;
}
