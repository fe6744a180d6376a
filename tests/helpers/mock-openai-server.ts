import http from "node:http";
import type { AddressInfo } from "node:net";

export interface MockOpenAi {
  baseUrl: string;
  requests: { system: string; user: string }[];
  close(): Promise<void>;
}

/**
 * A local HTTP server speaking OpenAI's chat-completions protocol — a mock of
 * the external provider, the only thing these tests fake. `reply` decides
 * the answer (or a delay/error) per request.
 */
export async function startMockOpenAi(reply: (system: string, user: string) => { content?: string; delayMs?: number; status?: number }): Promise<MockOpenAi> {
  const requests: MockOpenAi["requests"] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
      const parsed = JSON.parse(body || "{}") as { messages?: { role: string; content: string }[]; model?: string };
      const system = parsed.messages?.find((m) => m.role === "system")?.content ?? "";
      const user = parsed.messages?.find((m) => m.role === "user")?.content ?? "";
      requests.push({ system, user });
      const answer = reply(system, user);
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (res.destroyed) return;
      if (answer.status && answer.status >= 400) {
        res
          .writeHead(answer.status, { "content-type": "application/json" })
          .end(JSON.stringify({ error: { message: "provider error", type: "server_error" } }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          id: "chatcmpl-test",
          object: "chat.completion",
          created: 1_700_000_000,
          model: parsed.model ?? "test",
          choices: [{ index: 0, message: { role: "assistant", content: answer.content ?? "" }, finish_reason: "stop" }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
