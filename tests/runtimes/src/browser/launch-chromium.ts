import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's chromium (`apt-get install chromium`); playwright-core drives it, downloads nothing. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Flags for a headless run as root in a container, with no traffic of chromium's own (QUIC,
 * component updates, sync, background fetches) so that a page only talks to what it is told to.
 */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running headless chromium with a fresh profile; `close()` stops it and deletes the profile. */
export interface HeadlessChromium {
  /** The profile's context: open pages with `context.newPage()`. */
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches the system chromium headless with a fresh profile (`--user-data-dir`). */
export async function launchChromium(): Promise<HeadlessChromium> {
  const profile = mkdtempSync(join(tmpdir(), "instr-chromium-"));
  // playwright-core passes the profile as --user-data-dir (it refuses the flag in `args`).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
