import type { Metadata } from "next";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { PageHeader } from "@/components/ui/page-header";
import { requestPath } from "@/server/auth/request-path";
import { requireViewer } from "@/server/auth/require-viewer";
import { listContactsInputSchema } from "@/server/contacts/contact-schemas";
import { listContacts } from "@/server/contacts/list-contacts";
import { getDb } from "@/server/db";

export const metadata: Metadata = { title: "Contacts" };

/** /contacts — the workspace's customers, searchable by name, e-mail or your site's id. */
export default async function ContactsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const viewer = await requireViewer(await requestPath());
  const { q } = await searchParams;
  const input = listContactsInputSchema.parse({ search: typeof q === "string" ? q.slice(0, 200) : "" });
  const { contacts, more } = await listContacts(await getDb(), viewer.workspaceId, input);
  return (
    <div className="max-w-5xl">
      <PageHeader title="Contacts" description="Customers your site identified or who left their e-mail, with every conversation they had." />
      <form role="search" className="mb-4 flex gap-2" action="/contacts">
        <label htmlFor="contact-search" className="sr-only">
          Search contacts
        </label>
        <input
          id="contact-search"
          name="q"
          defaultValue={input.search}
          placeholder="Name, e-mail or id"
          className="w-80 rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Search
        </button>
      </form>
      <ContactsTable contacts={contacts} more={more} searched={input.search !== ""} isAdmin={viewer.role === "ADMIN"} />
    </div>
  );
}
