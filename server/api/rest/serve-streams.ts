import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { customerEvents } from "./customer-events";
import { inboxEvents } from "./inbox-events";

/** Where the production server (server/cli/serve.mjs) finds serveStreams; start-server.ts puts it there. */
export const SERVE_STREAMS = Symbol.for("tandem.serveStreams");

const CUSTOMER_EVENTS = /^\/api\/v1\/chat\/sessions\/([^/]+)\/events$/;
const INBOX_EVENTS = /^\/api\/inbox\/events$/;

type Answer = (request: Request) => Promise<Response>;

/**
 * The production server's direct path for the two long-lived SSE streams
 * (the customer's and the inbox's): the same handlers as their route files,
 * called with a web Request made from Node's, their Response written to
 * Node's. A stream held open through Next.js's request pipeline keeps its
 * whole request context alive — 76 KB of heap per stream, measured, against
 * 13 KB here — which is what an idle chat widget costs the server. Returns
 * false for every other request, which Next.js then answers as always (and
 * answers these too under `next dev`, or before start-up registered this).
 * `headers` are the ones Next.js would have added (next.config.mjs).
 */
export function serveStreams(req: IncomingMessage, res: ServerResponse, headers: { key: string; value: string }[] = []): boolean {
  if (req.method !== "GET" || !req.url) return false;
  const answer = answerFor(req.url.split("?")[0]!);
  if (!answer) return false;
  for (const { key, value } of headers) res.setHeader(key, value);
  void respond(req, res, answer);
  return true;
}

function answerFor(pathname: string): Answer | null {
  if (INBOX_EVENTS.test(pathname)) return inboxEvents;
  const customer = pathname.match(CUSTOMER_EVENTS);
  if (!customer) return null;
  let sessionId: string;
  try {
    sessionId = decodeURIComponent(customer[1]!);
  } catch {
    return null; // malformed: Next.js says so
  }
  return (request) => customerEvents(request, Promise.resolve({ sessionId }));
}

async function respond(req: IncomingMessage, res: ServerResponse, answer: Answer) {
  const abort = new AbortController();
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  res.once("close", () => {
    abort.abort();
    reader?.cancel().catch(() => {});
  });
  try {
    const response = await answer(webRequest(req, abort.signal));
    res.writeHead(response.status, nodeHeaders(response.headers));
    if (!response.body || abort.signal.aborted) return void res.end();
    res.flushHeaders();
    reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done || abort.signal.aborted) break;
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch (error) {
    if (abort.signal.aborted) return;
    console.error("[streams] unexpected error", error);
    if (res.headersSent) return void res.destroy();
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side. Try again in a moment." } }));
  }
}

/** The web Request a route handler would get: the same URL, headers and X-Forwarded-* that Next.js fills in, aborted when the client goes. */
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
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  return new Request(`${proto}://${host}${req.url}`, { headers, signal });
}

function nodeHeaders(headers: Headers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
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
