// Enqueue a batch. Run it twice: the second time adds nothing, and no model is called again.
import { createExtractionQueue } from "@instr/queue";
import { User } from "./schema.js";

const queue = createExtractionQueue({
  connection: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  name: "users",
});
const people = ["Jason is 25", "Ada Lovelace was 36", "Grace Hopper, 85"];
const ids = await queue.addBulk(
  people.map((text, line) => ({
    schema: User,
    model: "llama3.1-8b",
    system: "Extract the person.",
    prompt: text,
    meta: { line },
  })),
);
console.log(`enqueued ${ids.length} jobs`);
await queue.close();
