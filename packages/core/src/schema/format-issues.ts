import type { ValidationIssue } from "../types/validation-issue.js";

/**
 * One readable line per validation issue, `- <path>: <message>`, the path in JS notation (`items[2].name`,
 * `(root)` for the value itself). Used in `ValidationError` messages and in re-asks.
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`).join("\n");
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
