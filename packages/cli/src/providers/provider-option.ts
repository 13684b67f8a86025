import { Option } from "commander";
import { providerNames, providerTable } from "./provider-table.js";

/** `--provider <name>`, one of the provider table's names; default cerebras. */
export function providerOption(): Option {
  return new Option(
    "--provider <name>",
    "model provider; its API key comes from its usual variable",
  )
    .choices(providerNames)
    .default("cerebras");
}

/** Where each provider's API key comes from, for the commands' help. */
export const apiKeyHelp = `The API key comes from ${providerNames
  .map((name) => `${providerTable[name].keyVariables.join(" or ")} (${name})`)
  .join(", ")}.`;
