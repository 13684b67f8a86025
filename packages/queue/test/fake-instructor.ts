import type { GenerateParams, GenerateResult, Instructor } from "@instr/core";
import type { z } from "zod";

/** What the fake model answers for one call; throw to fail the call. */
export type FakeReply = (params: GenerateParams<z.ZodType>) => unknown | Promise<unknown>;

/**
 * An `Instructor` whose `generateWithCompletion` validates `reply`'s value with the response
 * model (as the real one would) and records every call. The other methods are not used by
 * workers and throw.
 */
export class FakeInstructor implements Instructor {
  readonly calls: GenerateParams<z.ZodType>[] = [];

  constructor(private readonly reply: FakeReply) {}

  generate<S extends z.ZodType>(params: GenerateParams<S>): Promise<z.output<S>> {
    return this.generateWithCompletion(params).then((result) => result.data);
  }

  async generateWithCompletion<S extends z.ZodType>(
    params: GenerateParams<S>,
  ): Promise<GenerateResult<z.output<S>>> {
    this.calls.push(params);
    const value = await this.reply(params);
    return {
      data: params.responseModel.parse(value),
      completion: { fake: true },
      usage: { promptTokens: 3, completionTokens: 2, totalTokens: 5 },
      attempts: 1,
    };
  }

  generateIterable(): never {
    throw new Error("not used by workers");
  }
  generatePartial(): never {
    throw new Error("not used by workers");
  }
  on(): () => void {
    throw new Error("not used by workers");
  }
  off(): void {
    throw new Error("not used by workers");
  }
  with(): Instructor {
    throw new Error("not used by workers");
  }
}
