import { type Command, Option } from "commander";
import { integerAtLeast } from "../command-support/parse-number.js";

/** Which queue a queue command talks to. */
export interface QueueTarget {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  queue: string;
  /** BullMQ queue name. */
  queueName: string;
  /** Milliseconds to wait for Redis to answer before giving up. */
  connectTimeout: number;
}

/** The queue flags of `instr extract`, where `--queue` is optional. */
export type QueueFlags = Partial<Pick<QueueTarget, "queue">> &
  Pick<QueueTarget, "queueName" | "connectTimeout">;

/** `--queue <redis-url>`; required by `worker`, `status` and `retry`, optional on `extract`. */
export function queueOption(description: string): Option {
  return new Option("--queue <redis-url>", description);
}

/** Adds the flags that go with `--queue`, the same on every queue command. */
export function addQueueTargetOptions(command: Command): Command {
  return command
    .addOption(new Option("--queue-name <name>", "queue name inside Redis").default("instr"))
    .addOption(
      new Option(
        "--connect-timeout <ms>",
        "give up when Redis has not answered within this long (exit status 1)",
      )
        .argParser(integerAtLeast(1))
        .default(5000),
    );
}
