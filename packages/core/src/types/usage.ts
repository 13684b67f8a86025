/** Token usage of one or more completions. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}
