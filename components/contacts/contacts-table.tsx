import Link from "next/link";
import { ContactsEmptyState } from "./contacts-empty-state";

interface Row {
  id: string;
  name: string | null;
  email: string | null;
  externalId: string | null;
  verified: boolean;
  lastSeenAt: Date | null;
  conversations: number;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** The contacts list (or what contacts are, before there are any): name (a link to the contact), e-mail, site id, conversations, last seen. */
export function ContactsTable({ contacts, more, searched, isAdmin }: { contacts: Row[]; more: boolean; searched: boolean; isAdmin: boolean }) {
  if (contacts.length === 0) {
    return searched ? <p className="text-sm text-slate-500">No contact matches. Try part of a name or e-mail.</p> : <ContactsEmptyState isAdmin={isAdmin} />;
  }
  return (
    <>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 pr-4 font-medium">Name</th>
            <th className="py-2 pr-4 font-medium">E-mail</th>
            <th className="py-2 pr-4 font-medium">Id on your site</th>
            <th className="py-2 pr-4 font-medium">Conversations</th>
            <th className="py-2 font-medium">Last seen</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <td className="py-2 pr-4">
                <Link href={`/contacts/${contact.id}`} className="font-medium text-brand-700 hover:underline">
                  {contact.name ?? contact.email ?? contact.externalId ?? "Unnamed contact"}
                </Link>
                {contact.verified ? <span className="ml-2 rounded bg-emerald-50 px-1.5 text-xs text-emerald-800">verified</span> : null}
              </td>
              <td className="py-2 pr-4 text-slate-700">{contact.email ?? "—"}</td>
              <td className="py-2 pr-4 text-slate-700">{contact.externalId ?? "—"}</td>
              <td className="py-2 pr-4 text-slate-700">{contact.conversations}</td>
              <td className="py-2 text-slate-700">{contact.lastSeenAt ? dateFormat.format(contact.lastSeenAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more ? <p className="mt-3 text-sm text-slate-500">Showing the 50 most recently seen; search to find others.</p> : null}
    </>
  );
}
