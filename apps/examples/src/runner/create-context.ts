import Cerebras, { type ClientOptions } from "@cerebras/cerebras_cloud_sdk";
import type { MockServer } from "@instr/mock-server";
import { describeReply } from "./describe-reply.js";
import type { ExampleContext } from "./example-context.js";
import { formatValue } from "./format-value.js";

/** The label on every line that shows an answer the offline server was told to give. */
export const SCRIPTED_LABEL = "[scripted offline reply]";

/**
 * The model the offline replies imitate (reasoning in `message.reasoning`, tool calls with
 * `tool_choice: "auto"`), and the live default when `CEREBRAS_MODEL` is unset.
 */
export const DEFAULT_MODEL = "gpt-oss-120b";

/** Where printed lines go: stdout for the demo, an array in tests. */
export type LineSink = (line: string) => void;

// The SDK constructor otherwise fires a `GET /v1/tcp_warming` per client, racing the example.
const baseOptions: ClientOptions = { warmTCPConnection: false };

/** Examples against the loopback mock server, answering only what they script. */
export function offlineContext(
  server: MockServer,
  sink: LineSink,
  model = DEFAULT_MODEL,
): ExampleContext {
  return {
    cerebras: (options) =>
      new Cerebras({ ...baseOptions, apiKey: "csk-offline", baseURL: server.url, ...options }),
    model,
    live: false,
    script: (...replies) => {
      for (const reply of replies) sink(`${SCRIPTED_LABEL} ${describeReply(reply)}`);
      server.enqueue(...replies);
    },
    scriptHandler: (describe, handler) => {
      sink(`${SCRIPTED_LABEL} ${describe}`);
      server.setHandler(handler);
    },
    print: printer(sink),
  };
}

/** Examples against api.cerebras.ai; nothing is scripted. */
export function liveContext(apiKey: string, model: string, sink: LineSink): ExampleContext {
  return {
    cerebras: (options) => new Cerebras({ ...baseOptions, apiKey, ...options }),
    model,
    live: true,
    script: () => undefined,
    scriptHandler: () => undefined,
    print: printer(sink),
  };
}

function printer(sink: LineSink): ExampleContext["print"] {
  return (...values) => sink(values.map(formatValue).join(" "));
}
