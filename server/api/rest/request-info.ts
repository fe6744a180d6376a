/** The bearer token of a request (or `?token=` for EventSource, which cannot send headers). */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(.+)$/i);
  if (match) return match[1]!.trim();
  return new URL(request.url).searchParams.get("token");
}

/** The client's address for rate limits: the first X-Forwarded-For hop behind a proxy. */
export function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}
