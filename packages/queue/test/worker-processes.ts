import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { WorkerProcessConfig } from "./fixtures/worker-process.js";

const script = fileURLToPath(new URL("./fixtures/worker-process.ts", import.meta.url));

/** Starts worker processes and resolves once each has connected to Redis. */
export async function startWorkerProcesses(
  configs: WorkerProcessConfig[],
): Promise<ChildProcess[]> {
  return Promise.all(
    configs.map(async (config) => {
      const child = fork(script, {
        execArgv: ["--import", "tsx"],
        env: { ...process.env, INSTR_TEST_WORKER: JSON.stringify(config) },
        stdio: ["ignore", "ignore", "inherit", "ipc"],
      });
      const [message] = await Promise.race([
        once(child, "message"),
        once(child, "exit").then(([code]) => {
          throw new Error(`worker ${config.workerId} exited with ${code} before it was ready`);
        }),
      ]);
      if (message !== "ready") throw new Error(`worker ${config.workerId} said ${String(message)}`);
      return child;
    }),
  );
}

/** Asks live workers to finish and close, and waits for every process to exit. */
export async function stopWorkerProcesses(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.send("close");
      await exited;
    }),
  );
}

/** Worker `workerId` of a queue: results in the hash `<queueName>:results`, concurrency 4. */
export function workerConfig(
  target: Pick<WorkerProcessConfig, "redisUrl" | "queueName" | "serverUrl">,
  workerId: string,
  options: Partial<WorkerProcessConfig> = {},
): WorkerProcessConfig {
  return {
    workerId,
    ...target,
    sinkKey: `${target.queueName}:results`,
    concurrency: 4,
    ...options,
  };
}
