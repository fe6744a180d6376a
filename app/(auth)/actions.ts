"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/server/auth/next-auth";
import { signInSchema } from "@/server/auth/sign-in-schema";
import { formatWait } from "@/components/auth/format-wait";
import type { SignInFormState } from "@/components/auth/sign-in-form-state";

/** Only same-site paths: an open redirect after sign-in would help phishers. */
function safeReturnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const raw = { email: form.get("email") ?? "", password: form.get("password") ?? "" };
  const email = String(raw.email);
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return { email, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(form.get("callbackUrl")) });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean "no".
    if (error instanceof CredentialsSignin && error.code === "too_many_attempts") {
      // TooManyAttempts (server/auth/authorize-credentials.ts) says how long; read by shape, as bundles may hold two copies of the class.
      const waitSeconds = Math.max(1, Number((error as { retryAfterSeconds?: unknown }).retryAfterSeconds) || 1);
      return { email, waitSeconds, error: `Too many attempts — try again in ${formatWait(waitSeconds)}.` };
    }
    if (error instanceof AuthError) {
      return { email, error: "That email and password don't match an account. Check both and try again." };
    }
    throw error;
  }
  return { email };
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
