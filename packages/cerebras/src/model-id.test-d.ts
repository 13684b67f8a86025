import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import type { Instructor } from "@instr/core";
import type { ProviderAdapter } from "@instr/core/adapter";
import { describe, expectTypeOf, it } from "vitest";
import { cerebrasAdapter } from "./cerebras-adapter.js";
import type { CerebrasCompletion } from "./expect-wire-shape.js";
import { fromCerebras } from "./from-cerebras.js";
import type { CapabilityOverrides } from "./model-capabilities.js";
import type { CerebrasModelId } from "./model-id.js";

describe("public types", () => {
  it("CerebrasModelId lists the catalogue and still takes any string", () => {
    expectTypeOf<"gpt-oss-120b">().toExtend<CerebrasModelId>();
    expectTypeOf<"qwen-3.8-27b">().toExtend<CerebrasModelId>();
    expectTypeOf<"my-dedicated-model">().toExtend<CerebrasModelId>();
    expectTypeOf<CerebrasModelId>().toExtend<string>();
  });

  it("capability overrides are partial, per model", () => {
    expectTypeOf<{ "gpt-oss-120b": { forcedToolChoice: true } }>().toExtend<CapabilityOverrides>();
    expectTypeOf<{ x: { forcedToolChoice: "yes" } }>().not.toExtend<CapabilityOverrides>();
  });

  it("fromCerebras and cerebrasAdapter have their documented signatures", () => {
    expectTypeOf(fromCerebras).parameter(0).toEqualTypeOf<Cerebras>();
    expectTypeOf(fromCerebras).returns.toEqualTypeOf<Instructor<CerebrasCompletion>>();
    expectTypeOf(cerebrasAdapter).returns.toEqualTypeOf<ProviderAdapter<CerebrasCompletion>>();
    // @ts-expect-error the instructor options never take an adapter: it is the Cerebras one
    fromCerebras({} as Cerebras, { adapter: cerebrasAdapter({} as Cerebras) });
  });
});
