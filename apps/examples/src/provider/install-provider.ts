import { register } from "node:module";
import type { SubstituteProvider } from "./demo-provider.js";
import { useProvider } from "./provider-switch.js";

/**
 * Makes every later `import … from "@instr/cerebras"` load the provider switch, set to
 * `provider`. Call it before the examples are imported (they import `@instr/cerebras`).
 */
export function installProvider(provider: SubstituteProvider): void {
  useProvider(provider);
  // The URL the switch was loaded from here, so the examples get this very module instance.
  const switchUrl = import.meta.resolve("./provider-switch.js");
  register("./redirect-hook.js", { parentURL: import.meta.url, data: switchUrl });
}
