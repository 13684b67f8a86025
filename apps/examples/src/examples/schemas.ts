import { z } from "zod";

/** Python instructor's `User(BaseModel)`. The title names the tool in TOOLS mode. */
export const User = z.object({ name: z.string(), age: z.number().int() }).meta({ title: "User" });

/** Python instructor's `Address`. */
export const Address = z.object({ street: z.string(), city: z.string(), country: z.string() });

/** The guide's nested `User` with `addresses: List[Address]`. */
export const UserWithAddresses = User.extend({ addresses: z.array(Address) }).meta({
  title: "User",
});

/**
 * A rule JSON Schema cannot carry, so only validation after generation catches it, and a
 * re-ask fixes it: what the validation-hook and retry examples need.
 */
export const UppercaseUser = User.extend({
  name: z.string().refine((name) => name === name.toUpperCase(), "name must be in uppercase"),
}).meta({ title: "User" });
