import { encode } from "next-auth/jwt";

/** The Cookie header of a signed-in browser: an Auth.js session token for the user, as Auth.js writes it (integration tests run with AUTH_SECRET set in vitest.config.ts). */
export async function sessionCookie(userId: string): Promise<string> {
  const name = "authjs.session-token";
  const token = await encode({ token: { sub: userId }, secret: process.env.AUTH_SECRET!, salt: name, maxAge: 3600 });
  return `${name}=${token}`;
}
