import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

/** Writes one JSON value per line to a file, waiting when the disk is behind. */
export class JsonlWriter {
  readonly #stream: WriteStream;
  #error: unknown;

  /** `append` keeps existing lines (resume); otherwise the file is truncated. */
  constructor(path: string, options: { append: boolean }) {
    this.#stream = createWriteStream(path, { flags: options.append ? "a" : "w" });
    this.#stream.on("error", (error) => {
      this.#error = error;
    });
  }

  async write(value: unknown): Promise<void> {
    this.#throwIfFailed();
    if (!this.#stream.write(`${JSON.stringify(value)}\n`)) await once(this.#stream, "drain");
  }

  async close(): Promise<void> {
    this.#throwIfFailed();
    await new Promise<void>((resolve, reject) => {
      this.#stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  }

  #throwIfFailed(): void {
    if (this.#error !== undefined) throw this.#error;
  }
}
