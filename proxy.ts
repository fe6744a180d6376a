import { NextResponse, type NextRequest } from "next/server";

const PROTECTED = ["/flows", "/analytics", "/settings", "/inbox", "/contacts"];

/**
 * Runs before every page: hands layouts the requested path (for "come back
 * here after sign-in") and sends visitors without a session cookie straight
 * to sign-in. Who may see what is decided by the pages themselves, from the
 * database; this is only the fast path.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = request.cookies.getAll().some((cookie) => /^(__Secure-)?authjs\.session-token/.test(cookie.name));
  if (!hasSession && PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("x-tandem-path", pathname + search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|embed.js).*)"],
};
