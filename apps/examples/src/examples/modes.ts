import { fromCerebras } from "@instr/cerebras";
import { Mode } from "@instr/core";
import type { MessageReply } from "@instr/mock-server";
import type { ExampleContext } from "../runner/example-context.js";
import { jsonAnswer, toolAnswer } from "../script/replies.js";
import { User } from "./schemas.js";

const jason = { name: "Jason", age: 25 };

/** What gpt-oss-120b answers in each mode. */
const scripted: Record<Mode, MessageReply> = {
  [Mode.TOOLS]: toolAnswer("User", jason, "Call the User tool with name Jason, age 25."),
  [Mode.JSON]: jsonAnswer(jason),
  [Mode.JSON_SCHEMA]: jsonAnswer(jason),
  // A model that thinks aloud in its content; the fenced block is the answer.
  [Mode.MD_JSON]: {
    type: "message",
    content: `<think>The user is Jason, aged 25. Answer in a json block.</think>\n\nHere is the user:\n\n\`\`\`json\n${JSON.stringify(jason)}\n\`\`\``,
  },
};

/**
 * Guide: "Mode Hooks". `client.with({ mode })` is Python instructor's `instructor.patch(client, mode=…)`:
 * the same call through each of the four modes (TOOLS: a function tool; JSON: `json_object`;
 * JSON_SCHEMA: Cerebras strict `json_schema`, the default; MD_JSON: a ```json block in prose).
 */
export async function run(ctx: ExampleContext) {
  const client = fromCerebras(ctx.cerebras());

  const results: Partial<Record<Mode, unknown>> = {};
  for (const mode of [Mode.TOOLS, Mode.JSON, Mode.JSON_SCHEMA, Mode.MD_JSON]) {
    ctx.script(scripted[mode]);
    const user = await client.with({ mode }).generate({
      prompt: "Extract: Jason is 25 years old",
      model: ctx.model,
      responseModel: User,
    });
    ctx.print(`${mode}:`, user);
    results[mode] = user;
  }
  return results;
}
