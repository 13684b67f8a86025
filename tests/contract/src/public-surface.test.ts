import { createRequire } from "node:module";
import * as cerebras from "@instr/cerebras";
import * as core from "@instr/core";
import * as testing from "@instr/core/testing";
import * as mockServer from "@instr/mock-server";
import * as openai from "@instr/openai";
import { describe, expect, it } from "vitest";

// The public API: every runtime name an outside caller imports.
describe("public entry points", () => {
  it("@instr/core exports Mode with the four documented values", () => {
    expect(core.Mode).toEqual({
      TOOLS: "tools",
      JSON: "json",
      JSON_SCHEMA: "json_schema",
      MD_JSON: "md_json",
    });
  });

  it("@instr/core exports createInstructor and every error class", () => {
    expect(typeof core.createInstructor).toBe("function");
    const classes = {
      InstructorError: core.InstructorError,
      ValidationError: core.ValidationError,
      JsonParseError: core.JsonParseError,
      RetryError: core.RetryError,
      ProviderError: core.ProviderError,
      IncompleteOutputError: core.IncompleteOutputError,
      RefusalError: core.RefusalError,
      UnsupportedModeError: core.UnsupportedModeError,
    };
    for (const [name, errorClass] of Object.entries(classes)) {
      expect(typeof errorClass, name).toBe("function");
      expect(typeof errorClass.isInstance, `${name}.isInstance`).toBe("function");
    }
  });

  it("@instr/core exports jsonSchema, the plain JSON Schema response model", () => {
    expect(typeof core.jsonSchema).toBe("function");
    expect(core.jsonSchema({ type: "string" }).safeParse("a").success).toBe(true);
  });

  it("@instr/core/testing exports MockAdapter, describeAdapterConformance and its helpers", () => {
    expect(typeof testing.MockAdapter).toBe("function");
    expect(typeof testing.describeAdapterConformance).toBe("function");
    expect(typeof testing.mockServerScripting).toBe("function");
    expect(typeof testing.rejectionOf).toBe("function");
  });

  it("@instr/mock-server exports startMockServer and requestBody", () => {
    expect(typeof mockServer.startMockServer).toBe("function");
    expect(typeof mockServer.requestBody).toBe("function");
  });

  it("@instr/cerebras and @instr/openai export their factory and adapter", () => {
    expect(typeof cerebras.fromCerebras).toBe("function");
    expect(typeof cerebras.cerebrasAdapter).toBe("function");
    expect(typeof openai.fromOpenAI).toBe("function");
    expect(typeof openai.openaiAdapter).toBe("function");
  });

  it("every entry point also loads through require (the CommonJS build)", () => {
    const require = createRequire(import.meta.url);
    expect(require("@instr/core").Mode).toEqual(core.Mode);
    expect(typeof require("@instr/core/cache-fs").createFileCache).toBe("function");
    expect(typeof require("@instr/cerebras").fromCerebras).toBe("function");
    expect(typeof require("@instr/openai").fromOpenAI).toBe("function");
  });

  it("@instr/core/testing is ESM only: its export map offers no require build", () => {
    // It imports vitest, which refuses to be require()d; advertising a CJS build would promise
    // what cannot work.
    const require = createRequire(import.meta.url);
    expect(() => require("@instr/core/testing")).toThrow(
      expect.objectContaining({ code: "ERR_PACKAGE_PATH_NOT_EXPORTED" }),
    );
    const manifest: unknown = require("@instr/core/package.json");
    expect(manifest).toMatchObject({
      exports: { "./testing": { import: "./dist/testing/index.js" } },
    });
    expect(JSON.stringify(manifest)).not.toContain("testing/index.cjs");
  });
});
