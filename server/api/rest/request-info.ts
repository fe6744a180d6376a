/** The bearer token of a request (or `?token=` for EventSource, which cannot send headers). */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(.+)$/i);
  if (match) return match[1]!.trim();
  return new URL(request.url).searchParams.get("token");
}
