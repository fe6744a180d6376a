import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * The Contacts page before anyone is known: what a contact is and the two ways
 * one appears. Admins get a link to identity verification (Settings → Identity).
 */
export function ContactsEmptyState({ isAdmin }: { isAdmin: boolean }) {
  return (
    <EmptyState title="No contacts yet">
      <p>A contact is a customer you know by name or e-mail, kept with every conversation they have had, so agents see who they are talking to.</p>
      <p>Contacts appear here on their own when:</p>
      <ul className="list-disc space-y-1 pl-5 text-left">
        <li>your website tells the chat widget who a signed-in visitor is (the widget&apos;s “identify” option, added by whoever installs the widget);</li>
        <li>a visitor leaves their e-mail address for a reply by e-mail when nobody could chat.</li>
      </ul>
      {isAdmin ? (
        <p className="pt-2">
          <Link href="/settings/identity" className="font-medium text-brand-700 hover:underline">
            Set up identity verification
          </Link>{" "}
          so only your website can say who a visitor is.
        </p>
      ) : null}
    </EmptyState>
  );
}
