// A tiny OpenAI/Cerebras-compatible chat completions server on 127.0.0.1 for the smoke test.
// It answers every request with Jason, 25: as a call to the offered tool, else as JSON text.
// CommonJS so that both the ESM and the CJS smoke scripts can load it.
const { createServer } = require("node:http");

const answer = JSON.stringify({ name: "Jason", age: 25 });

function completion(request) {
  const tool = request.tools?.[0]?.function?.name;
  const message = tool
    ? {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_1", type: "function", function: { name: tool, arguments: answer } },
        ],
      }
    : { role: "assistant", content: answer };
  return {
    id: "chatcmpl-smoke",
    object: "chat.completion",
    created: 0,
    model: request.model,
    choices: [{ index: 0, message, finish_reason: tool ? "tool_calls" : "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 8, total_tokens: 18 },
  };
}

/** Starts the server; resolves to its base URL and a close function. */
function startLoopbackServer() {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      if (req.method !== "POST" || !req.url.endsWith("/chat/completions")) {
        res.statusCode = 404;
        res.end(JSON.stringify({ message: `no route for ${req.method} ${req.url}` }));
        return;
      }
      res.end(JSON.stringify(completion(JSON.parse(body))));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

module.exports = { startLoopbackServer };
