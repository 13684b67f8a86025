/** The name of the answer tool a recorded request offered (TOOLS mode), if it offered one. */
export function offeredToolName(body: unknown): string | undefined {
  return (body as { tools?: { function: { name: string } }[] }).tools?.[0]?.function.name;
}

/** Like {@link offeredToolName}, for tests that send TOOLS requests only. */
export function answerToolName(body: unknown): string {
  const name = offeredToolName(body);
  if (name === undefined) throw new Error("the request offered no tool");
  return name;
}
