import type { Metadata } from "next";
import { ChatUnavailable } from "@/components/chat/chat-unavailable";
import { ChatWindow } from "@/components/chat/chat-window";
import { getDb } from "@/server/db";
import { loadChatPage } from "@/server/conversations/load-chat-page";
import { EmbedBridge } from "./embed-bridge";
import { storageFallback } from "./storage-fallback";

// Runs while the HTML is parsed, before the chat hydrates and reads its session.
const STORAGE_FALLBACK = `(${storageFallback.toString()})()`;

export const metadata: Metadata = { title: "Chat", robots: { index: false, follow: false } };

/** /embed/[slug] — the chat inside the embed.js widget's iframe; the one page other sites may frame (next.config.mjs). */
export default async function EmbedChatPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const chat = await loadChatPage(await getDb(), slug);
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: STORAGE_FALLBACK }} />
      <EmbedBridge />
      {chat ? (
        <ChatWindow
          slug={chat.slug}
          title={chat.name}
          botName={chat.botName}
          color={chat.color}
          avatarUrl={chat.avatarUrl}
          channel="widget"
          variant="embedded"
        />
      ) : (
        <ChatUnavailable variant="embedded" />
      )}
    </>
  );
}
