"use client";

import Link from "next/link";
import { ContactHistory } from "@/components/contacts/contact-history";
import { ContextVariables } from "./context-variables";
import type { InboxConversation } from "./inbox-types";

/** The person behind the chat: who they are (verified or as given), their attributes and earlier conversations. */
export function ContactCard({ contact }: { contact: NonNullable<InboxConversation["contact"]> }) {
  return (
    <section aria-labelledby="customer-heading" className="space-y-3">
      <h2 id="customer-heading" className="text-sm font-semibold text-slate-900">
        Customer
      </h2>
      <div className="text-sm text-slate-800">
        <p className="font-medium">
          <Link href={`/contacts/${contact.id}`} className="hover:underline">
            {contact.name ?? contact.email ?? contact.externalId ?? "Unnamed contact"}
          </Link>
          {contact.verified ? <span className="ml-2 rounded bg-emerald-50 px-1.5 text-xs text-emerald-800">verified</span> : null}
        </p>
        {contact.email ? <p className="text-slate-600">{contact.email}</p> : null}
        {contact.externalId ? <p className="text-xs text-slate-500">Id on your site: {contact.externalId}</p> : null}
      </div>
      {contact.attributes.length ? <ContextVariables variables={Object.fromEntries(contact.attributes)} /> : null}
      <div>
        <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">Previous conversations</h3>
        <ContactHistory contactId={contact.id} rows={contact.previous} label="Previous conversations" />
      </div>
    </section>
  );
}
