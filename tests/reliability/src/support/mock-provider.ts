import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import type { Instructor, InstructorOptions } from "@instr/core";
import { type Dialect, type MockServer, startMockServer } from "@instr/mock-server";
import { fromOpenAI } from "@instr/openai";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { SECRET } from "./secret.js";

/** SDK transport options a test varies; everything else is fixed. */
export interface TransportOptions {
  /** The SDK's own transport retries (429/5xx/connection); default 0. */
  maxRetries?: number;
  /** The SDK's request timeout in ms. */
  timeout?: number;
}

/** Options of an instructor built over a real SDK client: the SDK's transport, then core's. */
export interface InstructorSetup extends Omit<InstructorOptions, "adapter"> {
  transport?: TransportOptions;
}

/** One loopback server for a test file, reset before each test, and clients pointed at it. */
export interface MockProvider {
  readonly server: MockServer;
  /** `fromCerebras` (or `fromOpenAI` for the openai dialect) over a real SDK client. */
  instructor(setup?: InstructorSetup): Instructor;
}

/** A real Cerebras SDK client for `baseURL` (no TCP warm-up probe, which races with the test). */
export function cerebrasClient(baseURL: string, transport: TransportOptions = {}): Cerebras {
  return new Cerebras({
    apiKey: SECRET,
    baseURL,
    warmTCPConnection: false,
    maxRetries: transport.maxRetries ?? 0,
    ...(transport.timeout === undefined ? {} : { timeout: transport.timeout }),
  });
}

/** A real OpenAI SDK client for `baseURL`. */
export function openaiClient(baseURL: string, transport: TransportOptions = {}): OpenAI {
  return new OpenAI({
    apiKey: SECRET,
    baseURL,
    maxRetries: transport.maxRetries ?? 0,
    ...(transport.timeout === undefined ? {} : { timeout: transport.timeout }),
  });
}

/** `fromCerebras` or `fromOpenAI` over a fresh SDK client for `server`. */
function instructorFor(server: MockServer, setup: InstructorSetup = {}): Instructor {
  const { transport, ...options } = setup;
  return server.dialect === "openai"
    ? fromOpenAI(openaiClient(server.baseURL, transport), options)
    : fromCerebras(cerebrasClient(server.url, transport), options);
}

/** Starts a mock server of `dialect` for the calling test file; closes it after the file. */
export function useMockProvider(dialect: Dialect = "cerebras"): MockProvider {
  let running: MockServer | undefined;
  const server = (): MockServer => {
    if (running === undefined) throw new Error("the mock server is not running");
    return running;
  };
  beforeAll(async () => {
    running = await startMockServer({ dialect });
  });
  beforeEach(() => server().reset());
  afterAll(async () => {
    await running?.close();
  });
  return {
    get server() {
      return server();
    },
    instructor: (setup) => instructorFor(server(), setup),
  };
}
