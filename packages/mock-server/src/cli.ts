import { startMockServer } from "./server.js";

const port = Number(process.env.PORT ?? 0);
const server = await startMockServer({
  port,
  defaultReply: {
    type: "message",
    content: "Hello from @instr/mock-server. This is a scripted reply, not a model.",
  },
});
console.log(`mock-server listening on ${server.url} (OpenAI SDK baseURL: ${server.baseURL})`);

const stop = (): void => {
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
