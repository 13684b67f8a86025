/**
 * The API key every test client sends. Distinctive, and deliberately not shaped like a Cerebras
 * `csk-…` key, so a leak is caught by a plain substring search and no adapter can pass by
 * scrubbing key-shaped tokens instead of the client's actual key.
 */
export const SECRET = "rel-SECRET-4e7a1c9b0d2f6a8e53";
