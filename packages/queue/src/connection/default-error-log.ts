/** Where a Redis client's errors go when its owner gives no `onError`: one line each. */
export function logRedisError(error: Error): void {
  console.error(`[instr] ${error.message}`);
}
