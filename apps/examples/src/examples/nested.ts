import { fromCerebras } from "@instr/cerebras";
import type { ExampleContext } from "../runner/example-context.js";
import { jsonAnswer } from "../script/replies.js";
import { UserWithAddresses } from "./schemas.js";

/** Guide: "Nested Example": a user with a list of addresses. */
export async function run(ctx: ExampleContext) {
  const client = fromCerebras(ctx.cerebras());

  ctx.script(
    jsonAnswer(
      {
        name: "Jason",
        age: 25,
        addresses: [
          { street: "123 Main St", city: "New York", country: "USA" },
          { street: "456 Beach Rd", city: "Miami", country: "USA" },
        ],
      },
      "Two addresses: the home in New York and the summer house in Miami.",
    ),
  );
  const user = await client.generate({
    prompt: `
      Extract: Jason is 25 years old.
      He lives at 123 Main St, New York, USA
      and has a summer house at 456 Beach Rd, Miami, USA
    `,
    model: ctx.model,
    responseModel: UserWithAddresses,
  });

  ctx.print(user);
  return user;
}
