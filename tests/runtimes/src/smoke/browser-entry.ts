// Entry for the browser page: runs the program against the URLs in the page's query string
// (`?cerebras=…&openai=…`) and leaves the outcome as JSON in `<body data-outcome>`.
import { runSmoke, type SmokeOutcome } from "./smoke-program.js";

const query = new URLSearchParams(location.search);
const cerebrasURL = query.get("cerebras");
const openaiURL = query.get("openai");
const outcome: SmokeOutcome =
  cerebrasURL === null || openaiURL === null
    ? { ok: false, error: "expected ?cerebras=URL&openai=URL" }
    : await runSmoke({ cerebrasURL, openaiURL });
document.body.dataset.outcome = JSON.stringify(outcome);
