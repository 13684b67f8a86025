import { z } from "zod";

/** The guide's first model: the smallest object schema the contract talks about. */
export const User = z.object({ name: z.string(), age: z.number() });

/** A valid answer for {@link User} and its parsed value. */
export const jason = { name: "Jason", age: 25 } as const;
export const jasonText = JSON.stringify(jason);

/** An answer that parses as JSON but fails {@link User} (age is a string). */
export const badAgeText = '{"name":"Jason","age":"twenty-five"}';

/** A model name; the adapters under test never look at it. */
export const model = "llama3.1-8b";
