#!/usr/bin/env node
import { schemaAwareReply } from "./schema-aware-reply.js";
import { startMockServer } from "./server.js";

// Standalone server for manual tries and demos (`instr-mock-server`): PORT (default ephemeral),
// DIALECT (cerebras|openai). It binds 127.0.0.1 only.
const dialect = process.env.DIALECT === "openai" ? "openai" : "cerebras";
startMockServer({ port: Number(process.env.PORT ?? 0), dialect }).then(serve, (error: unknown) => {
  console.error(error);
  process.exit(1);
});

function serve(server: Awaited<ReturnType<typeof startMockServer>>): void {
  server.setHandler(schemaAwareReply);
  console.log(`mock-server (${dialect} dialect) listening on ${server.url}`);
  console.log(`  Cerebras SDK baseURL: ${server.url}`);
  console.log(`  OpenAI SDK baseURL:   ${server.baseURL}`);
  console.log("Every answer is scripted from the request's schema; press Ctrl+C to stop.");

  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
