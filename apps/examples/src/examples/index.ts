import type { Example } from "../runner/example-context.js";
import { run as asyncConcurrent } from "./async-concurrent.js";
import { run as awaitUser } from "./await-user.js";
import { run as batch } from "./batch.js";
import { run as errorHandling } from "./error-handling.js";
import { run as iterable } from "./iterable.js";
import { run as modes } from "./modes.js";
import { run as nested } from "./nested.js";
import { run as partialStreaming } from "./partial-streaming.js";
import { run as retryConfig } from "./retry-config.js";
import { run as timeouts } from "./timeouts.js";
import { run as validationHook } from "./validation-hook.js";

/** Every guide example, in the guide's order, then the best-practice ones. */
export const examples: readonly Example[] = [
  { name: "await-user", title: "Simple User Example (sync → await)", run: awaitUser },
  {
    name: "async-concurrent",
    title: "Simple User Example (async, concurrent)",
    run: asyncConcurrent,
  },
  { name: "nested", title: "Nested Example", run: nested },
  { name: "partial-streaming", title: "Partial Streaming Example", run: partialStreaming },
  { name: "iterable", title: "Iterable Example", run: iterable },
  { name: "validation-hook", title: "Validation Hook", run: validationHook },
  { name: "modes", title: "Mode Hooks", run: modes },
  { name: "retry-config", title: "Custom Retrying (RetryConfig)", run: retryConfig },
  { name: "error-handling", title: "Error Handling", run: errorHandling },
  { name: "timeouts", title: "Timeout Settings", run: timeouts },
  { name: "batch", title: "Batch Processing", run: batch },
];
