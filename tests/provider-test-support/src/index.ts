export { geminiQuotaError } from "./gemini-quota-error.js";
export {
  jason,
  Person,
  people,
  prompt,
  streamedJasonAndAnn,
  toolAnswer,
} from "./jason-scenario.js";
export { loopbackSdkServer } from "./loopback-sdk-server.js";
export { photoAndCv, pngBytes } from "./question-parts.js";
