"use client";

import { Alert } from "@/components/ui/alert";
import { RelativeTime } from "./relative-time";
import { SIGN_IN_ALERT_AT, signInAlertWords } from "./sign-in-alert-words";

interface SignInAlert {
  membershipId: string;
  email: string;
  failures: number;
  addresses: number;
  lastFailureAt: Date;
}

/** Settings → Members: the members someone failed to sign in as, often, in the last 24 h. */
export function SignInAlertsPanel({ alerts }: { alerts: SignInAlert[] }) {
  const many = alerts.filter((alert) => alert.failures >= SIGN_IN_ALERT_AT);
  if (many.length === 0) return null;
  return (
    <Alert tone="warning">
      <p className="font-medium">Failed sign-ins in the last 24 hours</p>
      <ul className="mt-1 space-y-0.5" data-testid="sign-in-alerts">
        {many.map((alert) => (
          <li key={alert.membershipId}>
            {signInAlertWords(alert)} — the last <RelativeTime date={alert.lastFailureAt} />.
          </li>
        ))}
      </ul>
      <p className="mt-1 text-amber-800">
        Tandem slows guessing down (by address, and by e-mail for addresses it hasn&apos;t seen), so the member can still sign in from where they usually do. If
        these weren&apos;t them, someone may be guessing their password: make sure it is a strong one.
      </p>
    </Alert>
  );
}
