export * from "./errors/index.js";
export { createInstructor } from "./instructor/create-instructor.js";
export { toJsonSchema } from "./schema/to-json-schema.js";
export * from "./types/index.js";
