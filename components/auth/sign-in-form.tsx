"use client";

import { startTransition, useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useCountdown } from "@/components/ui/use-countdown";
import { formatWait } from "./format-wait";
import type { SignInFormState } from "./sign-in-form-state";

type SignInAction = (state: SignInFormState, form: FormData) => Promise<SignInFormState>;

export function SignInForm({ action, callbackUrl }: { action: SignInAction; callbackUrl: string }) {
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(async (previous, form) => {
    const next = await action(previous, form);
    return next.waitSeconds ? { ...next, retryAt: Date.now() + next.waitSeconds * 1000 } : next;
  }, {});
  const waitLeft = useCountdown(state.retryAt);
  return (
    // noValidate: our own messages, in the form, instead of the browser's bubbles. Submitting through
    // onSubmit (not the form's own action, after which React resets the fields) keeps what was typed when
    // the answer is "no". The action attribute stays so a submit before hydration never becomes a GET
    // with the password in the address.
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(() => formAction(form));
      }}
      noValidate
      className="space-y-4"
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" defaultValue={state.email} error={state.fieldErrors?.email?.[0]} autoFocus />
      <Field label="Password" name="password" type="password" autoComplete="current-password" error={state.fieldErrors?.password?.[0]} />
      <Button type="submit" className="w-full" disabled={pending || waitLeft > 0}>
        {pending ? "Signing in…" : waitLeft > 0 ? `Try again in ${formatWait(waitLeft)}` : "Sign in"}
      </Button>
    </form>
  );
}
