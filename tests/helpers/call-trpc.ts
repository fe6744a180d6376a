import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { trpcTransformer } from "@/server/api/trpc-transformer";
import type { TrpcContext } from "@/server/api/trpc";

/**
 * Calls a procedure through tRPC's real fetch adapter (the same one
 * app/api/trpc uses), so status codes, input parsing and error formatting
 * are what a browser gets. Returns the HTTP status and the decoded body.
 */
export async function callTrpc(ctx: TrpcContext, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") {
  const encoded = input === undefined ? undefined : trpcTransformer.serialize(input);
  const url = new URL(`http://tandem.test/api/trpc/${path}`);
  if (kind === "query" && encoded) url.searchParams.set("input", JSON.stringify(encoded));
  const request = new Request(url, {
    method: kind === "query" ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: kind === "mutation" ? JSON.stringify(encoded ?? null) : undefined,
  });
  const response = await fetchRequestHandler({ endpoint: "/api/trpc", req: request, router: appRouter, createContext: () => ctx });
  const body = (await response.json()) as {
    result?: { data: { json: unknown; meta?: never } };
    error?: { json: { message: string; data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null } } };
  };
  return {
    status: response.status,
    data: body.result ? trpcTransformer.deserialize(body.result.data) : undefined,
    error: body.error?.json,
  };
}
