import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { type MockServer, startMockServer } from "@instr/mock-server";
import type { ExtractOptions } from "../extract/extract-options.js";
import type { ExtractIo } from "../extract/run-extract.js";
import { personReply } from "./person-reply.js";

/** The `{ name, age }` schema as a JSON Schema file. */
const personJsonSchema = {
  title: "Person",
  type: "object",
  properties: { name: { type: "string" }, age: { type: "integer" } },
  required: ["name", "age"],
  additionalProperties: false,
};

/** A temporary directory with a person schema, a loopback server and CLI defaults. */
export interface Workspace {
  dir: string;
  server: MockServer;
  /** What the run wrote to stderr. */
  stderr: () => string;
  io: (overrides?: Partial<ExtractIo>) => ExtractIo;
  options: (overrides?: Partial<ExtractOptions>) => ExtractOptions;
  write: (name: string, text: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function createWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), "instr-cli-"));
  const server = await startMockServer();
  server.setHandler(personReply);
  await writeFile(join(dir, "person.schema.json"), JSON.stringify(personJsonSchema));
  let errors = "";
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      errors += chunk.toString();
      callback();
    },
  });
  return {
    dir,
    server,
    stderr: () => errors,
    io: (overrides = {}) => ({
      cwd: dir,
      env: { CEREBRAS_API_KEY: "csk-test" },
      stderr,
      ...overrides,
    }),
    options: (overrides = {}) => ({
      schema: "person.schema.json",
      input: ["people.jsonl"],
      model: "llama3.1-8b",
      concurrency: 4,
      out: join(dir, "results.jsonl"),
      failures: join(dir, "failures.jsonl"),
      baseUrl: server.url,
      system: "Extract the person.",
      maxRetries: 0,
      progress: false,
      ...overrides,
    }),
    write: async (name, text) => {
      await writeFile(join(dir, name), text);
      return name;
    },
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
