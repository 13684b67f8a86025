// What the Redis global setup (redis-global-setup.ts) provides to the test files of the queue and
// CLI suites, which both use it.
declare module "vitest" {
  export interface ProvidedContext {
    /** Redis for the tests; "" when none could be found or started. */
    redisUrl: string;
    /** Why `redisUrl` is empty. */
    redisMissing: string;
  }
}

export {};
