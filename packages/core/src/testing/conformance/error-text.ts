/**
 * Every text an error exposes to a log: message, stack and JSON view of the error and of each
 * error in its `cause` chain. Used to prove that no secret leaks through any of them.
 */
export function errorText(error: unknown): string {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current);
    texts.push(String(current));
    if (current instanceof Error) texts.push(current.message, current.stack ?? "");
    texts.push(safeJson(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return texts.join("\n");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    // A circular or BigInt-holding error cannot be serialised, so it cannot leak this way either.
    return "";
  }
}
