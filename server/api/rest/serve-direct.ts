import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { routeApiRequest } from "./answer-api-request";
import { turnMark } from "../../runtime/turn-mark";

/** Where the production server (server/cli/serve.mjs) finds serveDirect; start-server.ts puts it there. */
export const SERVE_DIRECT = Symbol.for("tandem.serveDirect");

/** The header a response on `pathname` gets from next.config.mjs (server/cli/security-headers.mjs decides). */
export type HeadersFor = (pathname: string) => { key: string; value: string }[];

/** Every /api/v1 path (known or not: an unknown one is our JSON 404), the inbox's stream and the widget loader's config. */
const OWNED = /^(\/api\/v1(\/[^?]*)?|\/api\/inbox\/events|\/embed\/[^/?]+\/config)(\?.*)?$/;

/**
 * The production server's direct path for the REST API: every request the
 * route table owns is answered here, with a web Request made from Node's and
 * the Response written back to Node's, so Next.js's request pipeline is off
 * the hot path (a turn, a stream) and every /api/v1 answer — errors included —
 * is the table's JSON. A stream held open inside Next.js keeps its whole
 * request context alive (76 KB of heap per stream, measured, against 13 KB
 * here). Before that, it appends the socket's address to X-Forwarded-For, as
 * a proxy would, for every request (Next.js's too): the client address the
 * rate limits use is read from the right of that chain (net/trust-proxy.ts).
 * Returns false for what Next.js answers (pages, tRPC, auth).
 */
export function serveDirect(req: IncomingMessage, res: ServerResponse, headersFor: HeadersFor = () => []): boolean {
  const peer = req.socket.remoteAddress;
  if (peer) {
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = forwarded ? `${Array.isArray(forwarded) ? forwarded.join(", ") : forwarded}, ${peer}` : peer;
  }
  if (!req.url || !OWNED.test(req.url)) return false;
  const rawPath = req.url.split("?")[0]!;
  for (const { key, value } of headersFor(rawPath)) res.setHeader(key, value);
  void respond(req, res, rawPath);
  return true;
}

async function respond(req: IncomingMessage, res: ServerResponse, rawPath: string) {
  const abort = new AbortController();
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  res.once("close", () => {
    abort.abort();
    reader?.cancel().catch(() => {});
  });
  try {
    const routed = routeApiRequest(req.method ?? "GET", rawPath);
    const response = routed instanceof Response ? routed : await routed.endpoint(webRequest(req, abort.signal), routed.params);
    // A body the handler did not read (refused as too large, or sent where none is read): close the connection rather than read it all.
    if (!req.complete) res.setHeader("connection", "close");
    if (!response.headers.get("content-type")?.startsWith("text/event-stream")) {
      // A whole answer (JSON, a transcript): sent with its length in one write, not chunked.
      const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
      turnMark("json");
      res.writeHead(response.status, { ...nodeHeaders(response.headers), ...(body ? { "content-length": body.byteLength } : {}) });
      return void end(req, res, req.method === "HEAD" ? undefined : (body ?? undefined));
    }
    res.writeHead(response.status, nodeHeaders(response.headers));
    if (!response.body || abort.signal.aborted || req.method === "HEAD") return void end(req, res);
    res.flushHeaders();
    reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done || abort.signal.aborted) break;
      if (!res.write(value)) await drained(res);
    }
    end(req, res);
  } catch (error) {
    if (abort.signal.aborted) return;
    console.error("[api] unexpected error", error);
    if (res.headersSent) return void res.destroy();
    res.writeHead(500, { "content-type": "application/json", connection: "close" });
    res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side. Try again in a moment." } }));
  }
}

function end(req: IncomingMessage, res: ServerResponse, body?: Buffer) {
  res.end(body);
  if (!req.complete) res.once("finish", () => req.destroy());
}

/** The web Request a route handler would get: the same URL, headers and X-Forwarded-* that Next.js fills in, the body streamed, aborted when the client goes. */
function webRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const forwardedProto = String(req.headers["x-forwarded-proto"] ?? "")
    .split(",")[0]!
    .trim();
  const proto = forwardedProto || ("encrypted" in req.socket && req.socket.encrypted ? "https" : "http");
  const host = req.headers.host ?? "localhost";
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", host);
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", proto);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  // The URL parser resolves dot segments: the raw path goes to the dispatcher beside the Request.
  return new Request(requestUrl(proto, host, req.url!), {
    method: req.method,
    headers,
    signal,
    body: hasBody ? bodyStream(req) : undefined,
    // @ts-expect-error Node's fetch needs this for a streamed request body; the DOM types do not know it.
    duplex: "half",
  });
}

/** A Host header the URL parser refuses must not throw before the dispatcher can answer: fall back to a plain origin. */
function requestUrl(proto: string, host: string, url: string): string {
  for (const candidate of [`${proto}://${host}${url}`, `http://localhost${url}`]) {
    if (URL.canParse(candidate)) return candidate;
  }
  return "http://localhost/";
}

/** The request body as a web stream that pulls from Node's (backpressure); cancelling stops reading without destroying the socket, so the refusal can still be sent. */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  const iterator = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value as Buffer));
      } catch (error) {
        controller.error(error);
      }
    },
    cancel() {
      req.pause();
    },
  });
}

function nodeHeaders(headers: Headers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  headers.forEach((value, name) => {
    if (name !== "set-cookie") out[name] = value;
  });
  const cookies = headers.getSetCookie();
  if (cookies.length) out["set-cookie"] = cookies;
  return out;
}

/** Until the socket takes more (a slow reader), or goes away. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}
