import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactEditor } from "@/components/contacts/contact-editor";
import { ContactHistory } from "@/components/contacts/contact-history";
import { ContactTranscript } from "@/components/contacts/contact-transcript";
import { DeleteContactButton } from "@/components/contacts/delete-contact-button";
import { PageHeader } from "@/components/ui/page-header";
import { requestPath } from "@/server/auth/request-path";
import { requireViewer } from "@/server/auth/require-viewer";
import { loadContact } from "@/server/contacts/load-contact";
import { getDb } from "@/server/db";
import { DomainError } from "@/server/errors";

export const metadata: Metadata = { title: "Contact" };

/** /contacts/[contactId] — who they are (editable), every conversation of theirs, one transcript, and deletion for admins. */
export default async function ContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ contactId: string }>;
  searchParams: Promise<{ conversation?: string | string[] }>;
}) {
  const viewer = await requireViewer(await requestPath());
  const { contactId } = await params;
  const { conversation } = await searchParams;
  const page = await loadContact(await getDb(), viewer.workspaceId, {
    contactId: contactId.slice(0, 100),
    conversationId: typeof conversation === "string" ? conversation.slice(0, 100) : undefined,
  }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { contact } = page;
  const title = contact.name ?? contact.email ?? contact.externalId ?? "Unnamed contact";
  return (
    <div className="max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href="/contacts" className="text-brand-700 hover:underline">
          ← Contacts
        </Link>
      </p>
      <PageHeader
        title={title}
        description={`${contact.verified ? "Verified by your site. " : ""}${contact.externalId ? `Id on your site: ${contact.externalId}. ` : ""}${page.timeline.length} conversation${page.timeline.length === 1 ? "" : "s"}.`}
        actions={viewer.role === "ADMIN" ? <DeleteContactButton contactId={contact.id} conversations={page.timeline.length} /> : null}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <ContactEditor contact={contact} />
        <section aria-labelledby="timeline-heading" className="space-y-2">
          <h2 id="timeline-heading" className="text-base font-semibold text-slate-900">
            Conversations
          </h2>
          <ContactHistory contactId={contact.id} rows={page.timeline} label="Conversations" />
        </section>
      </div>
      {page.selected ? <ContactTranscript messages={page.selected.messages} /> : null}
    </div>
  );
}
