// Live counts and rate until Ctrl+C.
import { createExtractionQueue, watchQueueStatus } from "@instr/queue";

const queue = createExtractionQueue({
  connection: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  name: "users",
});
const stop = new AbortController();
process.once("SIGINT", () => stop.abort());
for await (const s of watchQueueStatus(queue, { signal: stop.signal })) {
  console.log(
    `waiting ${s.waiting}  active ${s.active}  done ${s.completed}  failed ${s.failed}  ` +
      `${s.completedPerSecond.toFixed(1)}/s${s.pausedForMs > 0 ? `  paused ${s.pausedForMs} ms (429)` : ""}`,
  );
}
await queue.close();
