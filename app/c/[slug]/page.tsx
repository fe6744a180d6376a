import type { Metadata, Viewport } from "next";
import { cache } from "react";
import { ChatUnavailable } from "@/components/chat/chat-unavailable";
import { ChatWindow } from "@/components/chat/chat-window";
import { getDb } from "@/server/db";
import { loadChatPage } from "@/server/conversations/load-chat-page";

// One database read per request, shared by the metadata and the page.
const load = cache(async (slug: string) => loadChatPage(await getDb(), slug));

// viewport-fit=cover lets the layout use the safe-area insets of phones with notches.
export const viewport: Viewport = { width: "device-width", initialScale: 1, viewportFit: "cover" };

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const chat = await load((await params).slug);
  return { title: chat ? `Chat with ${chat.name}` : "Chat not available", robots: { index: false } };
}

/** /c/[slug] — the public chat of a published flow. */
export default async function ChatPage({ params }: { params: Promise<{ slug: string }> }) {
  const chat = await load((await params).slug);
  if (!chat) return <ChatUnavailable />;
  return <ChatWindow slug={chat.slug} title={chat.name} botName={chat.botName} color={chat.color} avatarUrl={chat.avatarUrl} channel="web" variant="page" />;
}
