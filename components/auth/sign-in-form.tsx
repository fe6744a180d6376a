"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { SignInFormState } from "./sign-in-form-state";

export function SignInForm({ action, callbackUrl }: { action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>; callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    // noValidate: our own messages, in the form, instead of the browser's bubbles.
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" defaultValue={state.email} error={state.fieldErrors?.email?.[0]} autoFocus />
      <Field label="Password" name="password" type="password" autoComplete="current-password" error={state.fieldErrors?.password?.[0]} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
