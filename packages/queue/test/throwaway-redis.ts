import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const scripts = fileURLToPath(new URL("../../../scripts/redis/", import.meta.url));

/** A redis-server started with the shipped scripts/redis/start.sh, on its own port and directory. */
export interface ThrowawayRedis {
  url: string;
  port: number;
  /** Stops it with scripts/redis/stop.sh (data kept) and starts it again on the same directory. */
  restart(): void;
  /** Stops it and removes its directory. */
  stop(): void;
}

/** A free loopback port, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Starts a redis-server as an operator would with this repository: scripts/redis/start.sh. */
export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  const env = { ...process.env, REDIS_DIR: mkdtempSync(join(tmpdir(), "instr-redis-")) };
  const run = (script: string, ...args: string[]) =>
    execFileSync(join(scripts, script), [String(port), ...args], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }).trim();
  const url = run("start.sh");
  return {
    url,
    port,
    restart() {
      run("stop.sh");
      run("start.sh");
    },
    stop() {
      run("stop.sh", "--purge");
    },
  };
}
