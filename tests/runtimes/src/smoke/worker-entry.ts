// Entry for workerd: a module worker whose fetch handler runs the program against the URLs in
// its query string (`?cerebras=…&openai=…`) and answers with the outcome as JSON.
import { runSmoke } from "./smoke-program.js";

export default {
  async fetch(request: Request): Promise<Response> {
    const query = new URL(request.url).searchParams;
    const cerebrasURL = query.get("cerebras");
    const openaiURL = query.get("openai");
    if (cerebrasURL === null || openaiURL === null) {
      return new Response("expected ?cerebras=URL&openai=URL", { status: 400 });
    }
    return Response.json(await runSmoke({ cerebrasURL, openaiURL }));
  },
};
