import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "../db";
import { env } from "../env";
import { clientAddress } from "../net/trust-proxy";
import { authorizeCredentials } from "./authorize-credentials";

/** Auth.js: email + password, JWT sessions that carry only the user id. */
export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an everyday event the form already explains, not a server error.
    error: (error) => {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // The request Auth.js hands over carries the sign-in's own headers (also when a server action signs in); npm start
      // appends the socket's address to X-Forwarded-For, read from the right past the proxies TRUST_PROXY names.
      authorize: async (raw, request) =>
        authorizeCredentials(await getDb(), raw, {
          address: clientAddress(request.headers.get("x-forwarded-for"), env().TRUST_PROXY),
          userAgent: request.headers.get("user-agent"),
        }),
    }),
  ],
  callbacks: {
    session: ({ session, token }) => {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
