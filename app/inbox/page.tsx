import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const { denied } = await searchParams;
  return (
    <>
      {denied ? (
        <div className="mb-4">
          <Alert tone="info">
            Flows, Analytics and Settings are for workspace admins, so we brought you to your inbox. Ask an admin if you need
            access.
          </Alert>
        </div>
      ) : null}
      <PageHeader title="Inbox" description="Conversations the bot handed to a person." />
      <EmptyState title="No conversations waiting for you">
        <p>
          When a customer asks for a person — or the bot decides they need one — the conversation lands here with everything
          the bot learned, ready for you to accept.
        </p>
        <p>The live inbox (queue, presence, accept and reply) is being built next; nothing is waiting yet.</p>
      </EmptyState>
    </>
  );
}
