import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { examples } from "../examples/index.js";
import { providerSetups, type SubstituteProvider } from "./demo-provider.js";

const appDir = fileURLToPath(new URL("../..", import.meta.url));

/** `pnpm demo -- …args` as a child process (tsx, as the `demo` script runs it), bounded. */
function demo(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/run-all.ts", "--", ...args],
      // Offline whatever the environment says.
      { cwd: appDir, timeout: 60_000, env: { ...process.env, CEREBRAS_API_KEY: "" } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const jason = "{ name: 'Jason', age: 25 }";

describe("pnpm demo -- --provider <name>", () => {
  it.each<SubstituteProvider>(["anthropic", "google", "openai"])(
    "%s: every example runs through that provider's instructor and prints its results",
    async (provider) => {
      const { code, stdout, stderr } = await demo("--provider", provider);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toContain(`OFFLINE, --provider ${provider}:`);
      expect(stdout).toContain(`imitating ${providerSetups[provider].model}`);
      for (const [i, example] of examples.entries()) {
        expect(stdout).toContain(`━━ ${i + 1}/${examples.length} ${example.name}:`);
      }
      expect(stdout).toContain(`${examples.length}/${examples.length} examples passed.`);
      // The examples' results, as through @instr/cerebras.
      for (const mode of ["tools", "json", "json_schema", "md_json"]) {
        expect(stdout).toContain(`${mode}: ${jason}`);
      }
      expect(stdout).toContain("{ name: 'JASON', age: 25 } after 2 attempts");
      expect(stdout).toContain("RetryError after 2 attempts");
      expect(stdout).toContain("TimeoutError: The call did not finish within timeoutMs (200 ms).");
      expect(stdout).toContain("{ done: 6, succeeded: 6, failed: 0, rateLimited: 1");
      // The errors come from that provider's adapter, so its instructor made the calls.
      expect(stdout).toContain(`ProviderError 401 (retryable: false): ${provider}: 401`);
      expect(stdout).toContain(
        `ProviderError 429 (retryable: true, retry after 2 s): ${provider}: 429`,
      );
    },
    60_000,
  );

  it("runs only the named examples with a provider", async () => {
    const { code, stdout } = await demo("nested", "--provider=google");
    expect(code).toBe(0);
    expect(stdout).toContain("━━ 1/1 nested:");
    expect(stdout).toContain("1/1 examples passed.");
  }, 60_000);

  it("exits 2 naming the providers for an unknown one", async () => {
    const { code, stderr } = await demo("--provider", "mistral");
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--provider takes one of cerebras, anthropic, google, openai; got "mistral".',
    );
  }, 60_000);
});
