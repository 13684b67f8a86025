import { z } from "zod";

/** The response models every mode is tested with, and what the strict dialect sends for them. */
const closed = (properties: Record<string, unknown>) => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const int = { type: "integer", minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };
const str = { type: "string" };

export const cases = [
  {
    kind: "plain",
    model: z.object({ name: z.string(), age: z.int() }),
    strict: closed({ name: str, age: int }),
    answer: { name: "Jason", age: 25 },
  },
  {
    kind: "nested",
    model: z.object({
      name: z.string(),
      address: z.object({ street: z.string(), city: z.string() }),
    }),
    strict: closed({ name: str, address: closed({ street: str, city: str }) }),
    answer: { name: "Jason", address: { street: "123 Main St", city: "New York" } },
  },
  {
    kind: "array",
    model: z.object({ users: z.array(z.object({ name: z.string(), age: z.int() })) }),
    strict: closed({ users: { type: "array", items: closed({ name: str, age: int }) } }),
    answer: {
      users: [
        { name: "Jason", age: 25 },
        { name: "Sarah", age: 30 },
      ],
    },
  },
  {
    kind: "enum",
    model: z.object({ name: z.string(), role: z.enum(["admin", "user"]) }),
    strict: closed({ name: str, role: { type: "string", enum: ["admin", "user"] } }),
    answer: { name: "Jason", role: "admin" },
  },
  {
    kind: "optional",
    model: z.object({ name: z.string(), nickname: z.string().optional() }),
    strict: closed({ name: str, nickname: { anyOf: [str, { type: "null" }] } }),
    answer: { name: "Jason", nickname: "J" },
  },
  {
    kind: "union",
    model: z.object({
      contact: z.union([z.object({ email: z.string() }), z.object({ phone: z.string() })]),
    }),
    strict: closed({ contact: { anyOf: [closed({ email: str }), closed({ phone: str })] } }),
    answer: { contact: { phone: "555-0100" } },
  },
] as const;
