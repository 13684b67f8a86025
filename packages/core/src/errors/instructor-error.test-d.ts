import { describe, expectTypeOf, it } from "vitest";
import { InstructorError } from "./instructor-error.js";
import { RetryError } from "./retry-error.js";
import { UnsupportedModeError } from "./unsupported-mode-error.js";
import { UnsupportedSchemaError } from "./unsupported-schema-error.js";
import { ValidationError } from "./validation-error.js";

describe("the shared error mechanism is typed", () => {
  it("narrows each class's isInstance to that class, called or passed on its own", () => {
    expectTypeOf(InstructorError.isInstance).guards.toEqualTypeOf<InstructorError>();
    expectTypeOf(ValidationError.isInstance).guards.toEqualTypeOf<ValidationError>();
    expectTypeOf(UnsupportedModeError.isInstance).guards.toEqualTypeOf<UnsupportedModeError>();
    expectTypeOf(UnsupportedSchemaError.isInstance).guards.toEqualTypeOf<UnsupportedSchemaError>();
    expectTypeOf([1, new Error()].filter(RetryError.isInstance)).toEqualTypeOf<RetryError[]>();
  });

  it("lets a subclass assign only fields it declares and its argument holds", () => {
    class NoteError extends InstructorError {
      static override readonly isInstance = this.markerGuard("test.error.note");
      declare readonly note: string;

      constructor(fields: { note: string; extra: number }) {
        super("n");
        this.assignFields(fields, ["note"]);
        // @ts-expect-error `extra` is not a field of NoteError
        this.assignFields(fields, ["extra"]);
        // @ts-expect-error `name` is not in the argument
        this.assignFields(fields, ["name"]);
      }
    }
    expectTypeOf(NoteError.isInstance).guards.toEqualTypeOf<NoteError>();
  });
});
