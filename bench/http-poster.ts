// The load generators' HTTP client: Node's http with a keep-alive agent, the JSON body
// serialised once, no WHATWG streams — fetch (undici) cost the load generator ~1.4 ms of
// CPU per turn, on the same two cores as the server it measures (0.7 ms with this).
import http from "node:http";

export type Post = (path: string, body?: unknown, token?: string, benchId?: string) => Promise<{ sessionId: string; token: string }>;

/** POSTs JSON to 127.0.0.1:port and resolves with the parsed JSON answer (rejects on a status ≥ 300). */
export function httpPoster(port: number): Post {
  const agent = new http.Agent({ keepAlive: true });
  const post: Post = (path, body, token, benchId) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: http.OutgoingHttpHeaders = { "content-type": "application/json", "content-length": payload?.byteLength ?? 0 };
    if (token) headers.authorization = `Bearer ${token}`;
    if (benchId) headers["x-bench-id"] = benchId;
    return new Promise((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, path, method: "POST", headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if ((response.statusCode ?? 0) >= 300) reject(new Error(`${path}: ${response.statusCode} ${text}`));
          else resolve(JSON.parse(text) as { sessionId: string; token: string });
        });
        response.on("error", reject);
      });
      request.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed as idle just as it was reused: nothing reached the server; send again (Node's advice).
        if (request.reusedSocket && error.code === "ECONNRESET") post(path, body, token, benchId).then(resolve, reject);
        else reject(error);
      });
      request.end(payload);
    });
  };
  return post;
}
