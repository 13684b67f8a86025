// Free names of the packages/mock-server/README.md snippets.
export type { StreamScript } from "@instr/mock-server";
