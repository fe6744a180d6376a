import "server-only";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { parseIpAddress } from "../flow/address/ip-address";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { outboundUrlProblem } from "../flow/address/outbound-url-problem";
import { guardedLookup, systemResolver, type Resolver } from "./guarded-lookup";
import { OutboundRefused } from "./outbound-refused";

export interface OutboundRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** For the whole exchange: connecting, the answer's headers and its body. */
  timeoutMs: number;
  /** At most this many bytes of the answer are read. */
  maxBytes: number;
  /** Past maxBytes: "fail" (a JSON answer cut short is no answer) or "truncate" (keep the start, for a log). */
  overflow: "fail" | "truncate";
}

export interface OutboundResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface OutboundOptions {
  policy: OutboundPolicy;
  resolve?: Resolver;
}

/**
 * The one way Tandem calls a URL someone configured (HTTP request steps,
 * webhooks): http(s) only, no credentials, never an internal address — the
 * host is checked as written and every address it resolves to is checked at
 * connect time, on the very address the socket then uses. Redirects are
 * answers, not followed: a 3xx comes back like any other status. Throws
 * OutboundRefused, a TimeoutError, or the network's error.
 */
export function outboundRequest(url: string, request: OutboundRequest, { policy, resolve = systemResolver }: OutboundOptions): Promise<OutboundResponse> {
  const problem = outboundUrlProblem(url, policy);
  if (problem) return Promise.reject(new OutboundRefused(problem));
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  // An IP literal never reaches `lookup`; outboundUrlProblem judged it, if it could read it.
  if (isIP(host) && !parseIpAddress(host)) return Promise.reject(new OutboundRefused(`${target.hostname} is an address Tandem cannot check.`));
  const client = target.protocol === "https:" ? https : http;

  return new Promise((resolvePromise, reject) => {
    let settled = false;
    const settle = (error: Error | null, response?: OutboundResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolvePromise(response!);
    };
    const outgoing = client.request(
      target,
      { method: request.method, headers: request.headers, agent: false, lookup: guardedLookup(policy, resolve) },
      (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          settle(null, {
            status: incoming.statusCode ?? 0,
            statusText: incoming.statusMessage ?? "",
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          });
          incoming.destroy();
        };
        incoming.on("data", (chunk: Buffer) => {
          if (settled) return;
          if (size + chunk.length <= request.maxBytes) {
            chunks.push(chunk);
            size += chunk.length;
            return;
          }
          if (request.overflow === "fail") {
            settle(new Error(`The answer was larger than ${formatBytes(request.maxBytes)}.`));
            outgoing.destroy();
            return;
          }
          chunks.push(chunk.subarray(0, request.maxBytes - size));
          done();
        });
        incoming.on("end", done);
        incoming.on("error", (error) => settle(error));
      },
    );
    const timer = setTimeout(() => {
      const error = new Error(`No answer within ${request.timeoutMs / 1000} s.`);
      error.name = "TimeoutError";
      settle(error);
      outgoing.destroy();
    }, request.timeoutMs);
    outgoing.on("error", (error) => settle(error));
    outgoing.end(request.body);
  });
}

const formatBytes = (bytes: number) => (bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes} bytes`);
