// Entry for the runtimes with a process (Node, Bun, Deno): `<entry> CEREBRAS_URL OPENAI_URL`
// prints the outcome as one JSON line and exits 0 only when every check passed.
import process from "node:process";
import { runSmoke } from "./smoke-program.js";

const [cerebrasURL, openaiURL] = process.argv.slice(2);
if (cerebrasURL === undefined || openaiURL === undefined) {
  throw new Error("usage: node-entry CEREBRAS_URL OPENAI_URL");
}
const outcome = await runSmoke({ cerebrasURL, openaiURL });
console.log(JSON.stringify(outcome));
process.exitCode = outcome.ok ? 0 : 1;
