import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { SmokeOutcome, SmokeTarget } from "../smoke/smoke-program.js";
import { workerd } from "./runtime-binaries.js";
import { parseOutcome } from "./smoke-outcome-json.js";

/**
 * Serves the bundled worker with workerd on an ephemeral loopback port (read back from workerd's
 * control fd, as miniflare does), asks it to run the program, and stops it. The worker's only
 * outbound network is loopback: enough for the mock servers, nothing else.
 */
export async function runInWorkerd(
  workerScript: string,
  target: SmokeTarget,
  timeoutMs: number,
): Promise<SmokeOutcome> {
  const { binary, compatibilityDate } = workerd();
  const config = join(dirname(workerScript), "workerd.capnp");
  writeFileSync(config, workerdConfig(workerScript, compatibilityDate));
  const child = spawn(binary, ["serve", config, "--control-fd=3"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const port = await listenPort(child.stdio[3], signal);
    const query = new URLSearchParams({ cerebras: target.cerebrasURL, openai: target.openaiURL });
    const response = await fetch(`http://127.0.0.1:${port}/?${query}`, { signal });
    return parseOutcome(await response.text());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${reason}\n${stderr}` };
  } finally {
    child.kill("SIGKILL");
  }
}

/** workerd embeds files relative to the config, which sits next to the worker. */
function workerdConfig(workerScript: string, compatibilityDate: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smoke),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const smoke :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed ${JSON.stringify(basename(workerScript))})],
  compatibilityDate = ${JSON.stringify(compatibilityDate)},
  globalOutbound = "loopback",
);
`;
}

/** Waits for workerd's `{"event":"listen","socket":"http","port":N}` line on the control fd. */
function listenPort(control: unknown, signal: AbortSignal): Promise<number> {
  if (!isReadable(control)) throw new Error("workerd: no control fd");
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: control });
    const stop = () => {
      lines.close();
      reject(signal.reason);
    };
    signal.addEventListener("abort", stop, { once: true });
    lines.on("line", (line) => {
      const event: unknown = JSON.parse(line);
      if (
        typeof event === "object" &&
        event !== null &&
        "event" in event &&
        event.event === "listen" &&
        "port" in event &&
        typeof event.port === "number"
      ) {
        signal.removeEventListener("abort", stop);
        resolve(event.port); // before close(), whose "close" event would reject
        lines.close();
      }
    });
    lines.once("close", () => reject(new Error("workerd exited before it listened")));
  });
}

function isReadable(stream: unknown): stream is NodeJS.ReadableStream {
  return typeof stream === "object" && stream !== null && "on" in stream && "read" in stream;
}
