import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import { InstructorError } from "../../errors/instructor-error.js";
import type { JsonSchema } from "../../types/json-schema.js";
import type { JsonSchemaConverter } from "../../types/response-model.js";
import type { StandardValidationIssue } from "../../types/validation-issue.js";
import { deepFreeze } from "../deep-freeze.js";
import { inlineRootRef } from "../inline-root-ref.js";
import { schemaDescription, toolName } from "../schema-identity.js";
import { isRecord } from "../strict/schema-node.js";
import type { ModelSpec, Verdict } from "./model-spec.js";
import { needsWrapper } from "./root-wrapper.js";

/**
 * A Standard Schema v1 validator (valibot, ArkType, …) as a response model: its JSON Schema from
 * the Standard JSON Schema interface (`~standard.jsonSchema.input`, draft 2020-12) when it has
 * one, else from `converter`; validated with `~standard.validate`. The name and description come
 * from the JSON Schema's `title` and `description`.
 *
 * @throws InstructorError naming the fix when there is no JSON Schema path, or when the
 *   conversion fails.
 */
export function standardModelSpec<S extends StandardSchemaV1>(
  schema: S,
  converter: JsonSchemaConverter<S> | undefined,
): ModelSpec<unknown> {
  const jsonSchema = deepFreeze(inlineRootRef(convert(schema, converter)));
  const standard = schema["~standard"];
  return {
    jsonSchema,
    wrapped: needsWrapper(jsonSchema),
    name: toolName([jsonSchema.title]),
    description: schemaDescription(jsonSchema),
    check: (value) => {
      const result = standard.validate(value);
      return result instanceof Promise ? result.then(standardVerdict) : standardVerdict(result);
    },
  };
}

function convert<S extends StandardSchemaV1>(
  schema: S,
  converter: JsonSchemaConverter<S> | undefined,
): JsonSchema {
  const standard = schema["~standard"];
  const converters = standardJsonSchema(standard);
  const run =
    converters === undefined
      ? converter && (() => converter(schema))
      : () => converters.input({ target: "draft-2020-12" });
  if (run === undefined) {
    throw new InstructorError(
      `The response model (a "${standard.vendor}" Standard Schema) gives no JSON Schema: it does not implement the Standard JSON Schema interface (~standard.jsonSchema). ` +
        "Pass a converter as the `toJsonSchema` option (createInstructor({ toJsonSchema }) or per call), e.g. `toJsonSchema` from @valibot/to-json-schema for valibot, or wrap the schema with the library's Standard JSON Schema helper (valibot: toStandardJsonSchema).",
    );
  }
  let converted: unknown;
  try {
    converted = run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InstructorError(
      `The response model (a "${standard.vendor}" Standard Schema) cannot be converted to JSON Schema: ${reason}`,
      { cause: error },
    );
  }
  if (!isRecord(converted)) {
    throw new InstructorError(
      `The JSON Schema of the response model (a "${standard.vendor}" Standard Schema) is not a JSON object.`,
    );
  }
  return converted;
}

/** The Standard JSON Schema converters of a validator that implements them. */
function standardJsonSchema(
  props: StandardSchemaV1.Props | (StandardSchemaV1.Props & StandardJSONSchemaV1.Props),
): StandardJSONSchemaV1.Converter | undefined {
  if (!("jsonSchema" in props) || !isRecord(props.jsonSchema)) return undefined;
  return typeof props.jsonSchema.input === "function" ? props.jsonSchema : undefined;
}

function standardVerdict<T>(result: StandardSchemaV1.Result<T>): Verdict<T> {
  if (result.issues === undefined) return { success: true, data: result.value };
  return { success: false, issues: result.issues.map(flatIssue), cause: result.issues };
}

function flatIssue(issue: StandardSchemaV1.Issue): StandardValidationIssue {
  // A plain array: a library's path may be an array subclass carrying its own state.
  const path = Array.from(issue.path ?? [], (segment) =>
    typeof segment === "object" ? segment.key : segment,
  );
  return { message: issue.message, path };
}
