import { Option } from "commander";

/** Which queue a queue command talks to. */
export interface QueueTarget {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  queue: string;
  /** BullMQ queue name. */
  queueName: string;
}

/** The queue flags of `instr extract`, where `--queue` is optional. */
export type QueueFlags = Partial<Pick<QueueTarget, "queue">> & Pick<QueueTarget, "queueName">;

/** `--queue <redis-url>`; required by `worker` and `status`, optional on `extract`. */
export function queueOption(description: string): Option {
  return new Option("--queue <redis-url>", description);
}

/** `--queue-name <name>`, the same on every command. */
export function queueNameOption(): Option {
  return new Option("--queue-name <name>", "queue name inside Redis").default("instr");
}

/** The URL without its password, for messages. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable Redis URL)";
  }
}
