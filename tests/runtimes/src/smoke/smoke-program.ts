// The one program every runtime runs: each public feature that touches the platform (fetch,
// streams, Web Crypto, AbortSignal, the SDKs themselves) once through each provider package.
// Only web-standard globals are used, so the same code runs in Node, Bun, Deno, workerd and a
// browser; the loopback server's replies are keyed by the `case:` word in each prompt.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import {
  createMemoryCache,
  type Instructor,
  type InstructorOptions,
  ProviderError,
} from "@instr/core";
import { fromOpenAI } from "@instr/openai";
import OpenAI from "openai";
import { z } from "zod";
import type { SmokeCase } from "./smoke-case.js";

/** Where the two loopback servers listen (the Cerebras dialect and the OpenAI one). */
export interface SmokeTarget {
  cerebrasURL: string;
  openaiURL: string;
}

/** What a runtime reports back: the checks that passed, or the first failure. */
export type SmokeOutcome = { ok: true; checks: string[] } | { ok: false; error: string };

const User = z.object({ name: z.string(), age: z.number().int() });
const model = "smoke-model";
const prompt = (name: SmokeCase) => `case:${name} Extract: Jason is 25 years old`;

/** Runs every check on both providers; never rejects (a failure is the outcome). */
export async function runSmoke(target: SmokeTarget): Promise<SmokeOutcome> {
  const checks: string[] = [];
  try {
    for (const [provider, connect] of providers(target)) {
      await checkProvider(connect, (name) => checks.push(`${provider} ${name}`));
    }
    return { ok: true, checks };
  } catch (error) {
    const passed = checks.length > 0 ? ` (after: ${checks.join(", ")})` : "";
    return { ok: false, error: `${describe(error)}${passed}` };
  }
}

type Connect = (options?: Omit<InstructorOptions, "adapter">) => Instructor;

function providers(target: SmokeTarget): [string, Connect][] {
  const cerebras = new Cerebras({
    apiKey: "csk-smoke",
    baseURL: target.cerebrasURL,
    maxRetries: 0,
    warmTCPConnection: false,
  });
  // The OpenAI SDK refuses to start in a browser without `dangerouslyAllowBrowser` (a page would
  // show its key); this key is a placeholder and the server is on loopback.
  const openai = new OpenAI({
    apiKey: "sk-smoke",
    baseURL: target.openaiURL,
    maxRetries: 0,
    dangerouslyAllowBrowser: true,
  });
  return [
    ["cerebras", (options) => fromCerebras(cerebras, options)],
    ["openai", (options) => fromOpenAI(openai, options)],
  ];
}

async function checkProvider(connect: Connect, pass: (name: string) => void): Promise<void> {
  const client = connect();

  const user = await client.generate({ model, responseModel: User, prompt: prompt("generate") });
  expectJason(user, "generate");
  pass("generate");

  const snapshots: unknown[] = [];
  for await (const snapshot of client.generatePartial({
    model,
    responseModel: User,
    prompt: prompt("partial"),
  })) {
    snapshots.push(snapshot);
  }
  if (snapshots.length < 2) throw new Error(`generatePartial: ${snapshots.length} snapshot(s)`);
  expectJason(snapshots.at(-1), "generatePartial");
  pass("generatePartial");

  const names: string[] = [];
  for await (const item of client.generateIterable({
    model,
    responseModel: User,
    prompt: prompt("iterable"),
  })) {
    names.push(item.name);
  }
  if (names.join() !== "Jason,Sarah,Mike") throw new Error(`generateIterable: ${names.join()}`);
  pass("generateIterable");

  let retries = 0;
  const reasked = await connect({
    retry: { maxRetries: 2, onRetry: () => void retries++ },
  }).generate({
    model,
    responseModel: User,
    prompt: prompt("reask"),
  });
  expectJason(reasked, "re-ask");
  if (retries !== 1) throw new Error(`re-ask: ${retries} retries, expected 1`);
  pass("re-ask");

  const failure = await rejectionOf(
    client.generate({ model, responseModel: User, prompt: prompt("error") }),
  );
  if (!ProviderError.isInstance(failure) || failure.status !== 400 || failure.isRetryable) {
    throw new Error(`ProviderError: got ${describe(failure)}`);
  }
  pass("ProviderError");

  const controller = new AbortController();
  const aborted = await rejectionOf(
    (async () => {
      for await (const _ of client.generatePartial({
        model,
        responseModel: User,
        prompt: prompt("abort"),
        signal: controller.signal,
      })) {
        controller.abort();
      }
    })(),
  );
  if (!(aborted instanceof Error) || aborted.name !== "AbortError") {
    throw new Error(`abort: got ${describe(aborted)}`);
  }
  pass("abort");

  // The cache key is a Web Crypto SHA-256: the second call must be a hit, with no request.
  const cached = connect({ cache: createMemoryCache() });
  await cached.generate({ model, responseModel: User, prompt: prompt("generate") });
  const hit = await cached.generateWithCompletion({
    model,
    responseModel: User,
    prompt: prompt("generate"),
  });
  expectJason(hit.data, "cache");
  if (hit.attempts !== 0) throw new Error(`cache: ${hit.attempts} attempt(s) on the second call`);
  pass("cache");
}

function expectJason(value: unknown, what: string): void {
  const parsed = User.safeParse(value);
  if (!parsed.success || parsed.data.name !== "Jason" || parsed.data.age !== 25) {
    throw new Error(`${what}: unexpected value ${JSON.stringify(value)}`);
  }
}

/** The rejection of `promise`; a resolution is a failure of the check. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, the call resolved");
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = "status" in error ? ` (status ${String(error.status)})` : "";
  return `${error.name}: ${error.message}${status}`;
}
