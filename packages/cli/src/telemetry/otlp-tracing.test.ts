import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../cli-error.js";
import { runExtract } from "../extract/run-extract.js";
import { personReply } from "../test-support/person-reply.js";
import { createWorkspace, type Workspace } from "../test-support/workspace.js";
import { startOtlpTracing } from "./otlp-tracing.js";

/** What an OTLP/HTTP JSON export carries, as far as the test reads it. */
interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: number | string; boolValue?: boolean };
}
interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: OtlpAttribute[];
  status?: { code?: number; message?: string };
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

/** A loopback OTLP/HTTP receiver: records each request's path, content type and body. */
async function startReceiver() {
  const received: { path: string; contentType: string; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({
        path: request.url ?? "",
        contentType: request.headers["content-type"] ?? "",
        body,
      });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const attribute = (attributes: OtlpAttribute[], key: string) => {
  const value = attributes.find((a) => a.key === key)?.value;
  if (value === undefined) return undefined;
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.stringValue ?? value.boolValue;
};

let ws: Workspace;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeEach(async () => {
  ws = await createWorkspace();
  receiver = await startReceiver();
});
afterEach(async () => {
  await ws.close();
  await receiver.close();
});

describe("instr extract --otlp", () => {
  it("sends every item's spans over OTLP/HTTP before the run resolves", async () => {
    await ws.write("people.jsonl", ['"Ann is 7"', '"Bob is 40"', '"garbage in"'].join("\n"));
    // The garbage item's re-ask gets the same invalid answer: it fails after two attempts.
    ws.server.setHandler((request) =>
      JSON.stringify(request.body).includes("garbage in")
        ? {
            type: "message",
            content: '{"name":"garbage"}',
            usage: { prompt_tokens: 20, completion_tokens: 10 },
          }
        : personReply(request),
    );
    const summary = await runExtract(
      ws.options({ otlp: receiver.url, maxRetries: 1, concurrency: 1 }),
      ws.io(),
    );
    expect(summary).toMatchObject({ succeeded: 2, failed: 1 });
    expect(ws.server.requests).toHaveLength(4);

    expect(receiver.received.length).toBeGreaterThan(0);
    for (const request of receiver.received) {
      expect(request.path).toBe("/v1/traces");
      expect(request.contentType).toBe("application/json");
      expect(request.body).not.toContain("csk-test");
      expect(request.body).not.toContain("Ann is 7");
    }
    const exports = receiver.received.map((r) => JSON.parse(r.body) as OtlpExport);
    const resources = exports.flatMap((e) => e.resourceSpans);
    for (const resource of resources) {
      expect(attribute(resource.resource.attributes, "service.name")).toBe("instr extract");
    }
    const spans = resources.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    const calls = spans.filter((s) => s.name === "generateBatch llama3.1-8b");
    const attempts = spans.filter((s) => s.name === "chat llama3.1-8b");
    expect(calls).toHaveLength(3);
    expect(attempts).toHaveLength(4);
    for (const attempt of attempts) {
      const parent = calls.find((c) => c.spanId === attempt.parentSpanId);
      expect(parent?.traceId).toBe(attempt.traceId);
      expect(attribute(attempt.attributes, "gen_ai.provider.name")).toBe("cerebras");
      expect(attribute(attempt.attributes, "gen_ai.usage.input_tokens")).toBe(20);
      expect(attribute(attempt.attributes, "gen_ai.usage.output_tokens")).toBe(10);
    }
    const failed = calls.filter((c) => c.status?.code === 2);
    expect(failed).toHaveLength(1);
    expect(attribute(failed[0]!.attributes, "error.type")).toBe("RetryError");
    expect(attribute(failed[0]!.attributes, "instr.attempts")).toBe(2);
    expect(attribute(failed[0]!.attributes, "instr.usage.total_tokens")).toBe(60);
  });

  it("rejects an endpoint that is not an http(s) URL", async () => {
    await expect(startOtlpTracing("localhost:4318", "x")).rejects.toThrow(CliError);
    await expect(startOtlpTracing("ftp://127.0.0.1/", "x")).rejects.toThrow(/http\(s\) URL/);
  });
});
