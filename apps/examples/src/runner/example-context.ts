import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import type { ClientOptions } from "@cerebras/cerebras_cloud_sdk";
import type { Reply, ReplyHandler } from "@instr/mock-server";

/** What every example gets: a way to build clients, the model, and offline scripting. */
export interface ExampleContext {
  /**
   * A new Cerebras SDK client: against api.cerebras.ai when live, else against the loopback
   * mock server. `options` are layered on top (e.g. `{ apiKey }` or `{ maxRetries: 0 }`).
   */
  cerebras(options?: ClientOptions): Cerebras;
  /** `CEREBRAS_MODEL` when live, else the model the scripted replies imitate. */
  model: string;
  /** True when calling Cerebras for real (`CEREBRAS_API_KEY` is set). */
  live: boolean;
  /**
   * Queues what the offline server answers to the next requests, one reply per request, and
   * prints each as `[scripted offline reply] …`. Does nothing live.
   */
  script(...replies: Reply[]): void;
  /** Like `script`, for requests whose order is not fixed: computes each reply from the request. */
  scriptHandler(describe: string, handler: ReplyHandler): void;
  /** Prints values the way the guide's `print(...)` comments show them. */
  print(...values: unknown[]): void;
}

/** One runnable example. */
export interface Example {
  /** Kebab-case id, also the file name and the `pnpm demo -- <name>` argument. */
  name: string;
  /** The guide section it mirrors. */
  title: string;
  run(ctx: ExampleContext): Promise<unknown>;
}
