import { createInstructor, Mode } from "@instr/core";
import { PERSON_ANSWER, PERSON_PROMPT, Person } from "../fixtures/person.js";
import { measure, type RunPlan } from "../measure/measure.js";
import { instantAdapter } from "./instant-adapter.js";

/** How to time instr's own work: `plan` runs of `calls` sequential calls each, per mode. */
export interface OwnWorkPlan {
  calls: number;
  plan: RunPlan;
}

/** instr's own cost per `generate` call in one mode, in milliseconds (medians of the runs). */
export interface OwnWork {
  mode: Mode;
  ms: number;
  cpuMs: number;
}

/**
 * Times loops of `generate` calls over {@link instantAdapter} in every mode: with no provider
 * work left, the time per call is what instr itself does (prepare the request, hooks, extract,
 * parse, validate with zod, sum usage).
 */
export async function measureOwnWork({ calls, plan }: OwnWorkPlan): Promise<OwnWork[]> {
  const rows: OwnWork[] = [];
  for (const mode of [Mode.JSON_SCHEMA, Mode.JSON, Mode.MD_JSON, Mode.TOOLS]) {
    const instructor = createInstructor({ adapter: instantAdapter(mode, PERSON_ANSWER) });
    const loop = async () => {
      for (let i = 0; i < calls; i++) {
        await instructor.generate({
          responseModel: Person,
          model: "instant",
          prompt: PERSON_PROMPT,
        });
      }
    };
    const timed = await measure(plan, loop);
    rows.push({ mode, ms: timed.medianMs / calls, cpuMs: timed.medianCpuMs / calls });
  }
  return rows;
}
