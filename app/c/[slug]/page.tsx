import type { Metadata } from "next";
import { ChatWindow } from "@/components/chat/chat-window";
import { getDb } from "@/server/db";
import { loadChatPage } from "@/server/conversations/load-chat-page";

export const metadata: Metadata = { title: "Chat" };

/** /c/[slug] — the public chat of a published flow. */
export default async function ChatPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const chat = await loadChatPage(await getDb(), slug);
  if (!chat) {
    return (
      <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center p-6 text-center">
        <h1 className="text-xl font-semibold text-slate-900">This chat isn&apos;t available</h1>
        <p className="mt-2 text-sm text-slate-600">The link may be old, or the team has paused this chat. Please check the address or contact them another way.</p>
      </main>
    );
  }
  return <ChatWindow slug={chat.slug} title={chat.name} botName={chat.botName} color={chat.color} />;
}
