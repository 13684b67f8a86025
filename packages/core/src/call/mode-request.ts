import type { ModeHandler } from "../modes/mode-handler.js";
import type { AdapterRequest } from "../types/adapter.js";

/** A request in one mode, with the handler that finds, reads and re-asks its answer. */
export interface ModeRequest {
  readonly handler: ModeHandler;
  readonly request: AdapterRequest;
}
