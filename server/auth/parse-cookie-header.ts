import type { RequestCookie } from "./read-session-user";

/** The cookies of a `Cookie` request header, values percent-decoded where they are encoded (as Next.js's `cookies()` does). */
export function parseCookieHeader(header: string | null): RequestCookie[] {
  if (!header) return [];
  const cookies: RequestCookie[] = [];
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    const raw = part.slice(at + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // not percent-encoded after all: keep it as sent
    }
    if (name) cookies.push({ name, value });
  }
  return cookies;
}
