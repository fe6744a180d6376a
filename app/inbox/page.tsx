import type { Metadata } from "next";
import { InboxScreen } from "@/components/inbox/inbox-screen";

export const metadata: Metadata = { title: "Inbox" };

// /inbox — the agent inbox (views, queue, live conversation, context package).
export default async function InboxPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const { denied } = await searchParams;
  return <InboxScreen denied={Boolean(denied)} />;
}
