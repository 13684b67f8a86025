import { fromCerebras } from "@instr/cerebras";
import type { DeepPartial } from "@instr/core";
import type { z } from "zod";
import type { ExampleContext } from "../runner/example-context.js";
import { UserWithAddresses } from "./schemas.js";

/**
 * Guide: "Partial Streaming Example", which says Cerebras cannot stream partial objects. It can:
 * instr parses the token stream incrementally and yields a growing snapshot; the last one is
 * the validated value.
 */
export async function run(ctx: ExampleContext) {
  const client = fromCerebras(ctx.cerebras());

  ctx.script({
    type: "message",
    content: JSON.stringify({
      name: "Jason",
      age: 25,
      addresses: [
        { street: "123 Main St", city: "New York", country: "USA" },
        { street: "456 Beach Rd", city: "Miami", country: "USA" },
      ],
    }),
    stream: { chunkSize: 24, chunkDelayMs: 30 },
  });
  const snapshots = client.generatePartial({
    prompt:
      "Extract: Jason is 25 years old. He lives at 123 Main St, New York, USA " +
      "and has a summer house at 456 Beach Rd, Miami, USA",
    model: ctx.model,
    responseModel: UserWithAddresses,
  });

  const seen: DeepPartial<z.output<typeof UserWithAddresses>>[] = [];
  for await (const snapshot of snapshots) {
    ctx.print(JSON.stringify(snapshot)); // one line per snapshot, to watch it grow
    seen.push(snapshot);
  }
  return seen;
}
