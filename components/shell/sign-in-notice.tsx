"use client";

import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { RelativeTime } from "@/components/settings/relative-time";
import { signInAlertWords } from "@/components/settings/sign-in-alert-words";

const storageKey = (id: string) => `tandem:sign-in-notice:${id}`;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const isDismissed = (id: string) => {
  try {
    return localStorage.getItem(storageKey(id)) !== null;
  } catch {
    return false;
  }
};

/**
 * Tells someone who just signed in about failed sign-ins as them since their
 * previous visit, from elsewhere — once: dismissing it lasts until the next sign-in.
 */
export function SignInNotice({ email }: { email: string }) {
  const trpc = useTRPC();
  const notice = useQuery({ ...trpc.viewer.signInNotice.queryOptions(), staleTime: Infinity });
  const id = notice.data?.id;
  const dismissed = useSyncExternalStore(
    subscribe,
    () => (id ? isDismissed(id) : true),
    () => true,
  );
  if (!notice.data || dismissed) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(storageKey(notice.data!.id), "1");
    } catch {
      // Without storage it shows again on the next page; harmless.
    }
    listeners.forEach((listener) => listener());
  };
  return (
    <div role="status" className="mt-4 rounded-md border border-amber-200 bg-amber-50 p-2 text-xs text-amber-900" data-testid="sign-in-notice">
      <p>
        Since your last visit: {signInAlertWords({ ...notice.data, email })}, the last <RelativeTime date={notice.data.lastFailureAt} />. If that wasn&apos;t
        you, tell your admin.
      </p>
      <button type="button" onClick={dismiss} className="mt-1 font-medium underline-offset-2 hover:underline">
        Dismiss
      </button>
    </div>
  );
}
