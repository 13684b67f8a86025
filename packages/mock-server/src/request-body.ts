import type { MockServer } from "./types.js";

/**
 * The JSON object a recorded request carried, as a plain record for assertions such as
 * `toMatchObject` and `toHaveProperty`: `index` counts like `Array.prototype.at`, so the default
 * `-1` is the latest request. Throws when there is no such request or its body is not a JSON
 * object, so a test never asserts on `undefined` by mistake.
 */
export function requestBody(
  server: Pick<MockServer, "requests">,
  index = -1,
): Record<string, unknown> {
  const request = server.requests.at(index);
  if (request === undefined) {
    throw new Error(`no request ${index} (${server.requests.length} recorded)`);
  }
  const { body } = request;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new Error(`request ${index} (${request.method} ${request.path}) has no JSON object body`);
  }
  return Object.fromEntries(Object.entries(body));
}
