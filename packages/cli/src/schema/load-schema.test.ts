import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../cli-error.js";
import { loadSchema } from "./load-schema.js";

let dir: string;
beforeAll(async () => {
  // Inside the package (git-ignored .tmp), so that the modules resolve `zod` like a user's would.
  const root = join(fileURLToPath(new URL("../..", import.meta.url)), ".tmp");
  await mkdir(root, { recursive: true });
  dir = await mkdtemp(join(root, "schema-"));
  const files: Record<string, string> = {
    "person.schema.json": JSON.stringify({
      type: "object",
      properties: { name: { type: "string" }, age: { type: "integer", minimum: 0 } },
      required: ["name", "age"],
    }),
    "array.json": "[]",
    "broken.json": "{",
    "default.mjs": `import { z } from "zod";\nexport default z.object({ name: z.string() });\n`,
    "typed.ts": `import { z } from "zod";\nconst n: number = 1;\nexport const Person = z.object({ name: z.string(), n: z.literal(n) });\n`,
    "two.mjs": `import { z } from "zod";\nexport const A = z.string();\nexport const B = z.number();\n`,
    "none.mjs": "export const x = 1;\n",
    "throws.mjs": `throw new Error("boom");\n`,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadSchema", () => {
  it("turns a JSON Schema file into a zod schema that validates", async () => {
    const schema = await loadSchema("person.schema.json", dir);
    expect(schema.safeParse({ name: "Ann", age: 3 }).success).toBe(true);
    expect(schema.safeParse({ name: "Ann", age: -1 }).success).toBe(false);
    expect(schema.safeParse({ name: "Ann" }).success).toBe(false);
  });

  it("loads the default export of a JavaScript module", async () => {
    const schema = await loadSchema("default.mjs", dir);
    expect(schema.parse({ name: "Ann" })).toEqual({ name: "Ann" });
  });

  it("loads the only schema export of a TypeScript module through tsx", async () => {
    const schema = await loadSchema(join(dir, "typed.ts"), "/");
    expect(schema.parse({ name: "Ann", n: 1 })).toEqual({ name: "Ann", n: 1 });
  });

  it("picks a named export with #Name, and asks for one when several exist", async () => {
    const schema = await loadSchema("two.mjs#B", dir);
    expect(schema.parse(2)).toBe(2);
    await expect(loadSchema("two.mjs", dir)).rejects.toThrow("several zod schemas (A, B)");
    await expect(loadSchema("two.mjs#C", dir)).rejects.toThrow('no zod schema export named "C"');
    await expect(loadSchema("none.mjs", dir)).rejects.toThrow("exports no zod schema");
  });

  it("reports unreadable files as CliError", async () => {
    for (const spec of ["missing.json", "broken.json", "array.json", "missing.mjs", "throws.mjs"]) {
      await expect(loadSchema(spec, dir)).rejects.toBeInstanceOf(CliError);
    }
    await expect(loadSchema("throws.mjs", dir)).rejects.toThrow("boom");
  });
});
