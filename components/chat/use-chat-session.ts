"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TurnResponse } from "@/server/conversations/run-turn";
import { mergeMessages, type ChatMessage } from "./chat-message";

interface Session {
  sessionId: string;
  token: string;
}

/** Where the customer stands when the conversation moved to a person (from the handoff response). */
export type Queue = NonNullable<TurnResponse["handoff"]>;

type TurnReply = Pick<TurnResponse, "status" | "messages" | "handoff">;

const storageKey = (slug: string) => `tandem:chat:${slug}`;

async function call<T>(path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!response.ok) throw new Error(json?.error?.message ?? "Something went wrong. Please try again.");
  return json as T;
}

/**
 * One customer's chat session: started once and kept in localStorage so a
 * reload resumes it; new messages arrive over SSE (resuming from the last
 * seq), replies to our own posts are merged by seq.
 */
export function useChatSession(slug: string) {
  const [session, setSession] = useState<Session | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [status, setStatus] = useState("bot");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [queue, setQueue] = useState<Queue | null>(null);
  const counter = useRef(0);

  const start = useCallback(async () => {
    localStorage.removeItem(storageKey(slug));
    const created = await call<Session & { status: string; messages: ChatMessage[] }>(`/api/v1/chat/${encodeURIComponent(slug)}/sessions`, { channel: "web" });
    localStorage.setItem(storageKey(slug), JSON.stringify({ sessionId: created.sessionId, token: created.token }));
    setMessages(created.messages);
    setStatus(created.status);
    setSession({ sessionId: created.sessionId, token: created.token });
  }, [slug]);

  useEffect(() => {
    const saved = localStorage.getItem(storageKey(slug));
    const resume = async () => {
      if (!saved) return start();
      const stored = JSON.parse(saved) as Session;
      const response = await fetch(`/api/v1/chat/sessions/${stored.sessionId}`, { headers: { authorization: `Bearer ${stored.token}` } });
      if (!response.ok) return start();
      const transcript = (await response.json()) as { status: string; messages: ChatMessage[] };
      setMessages(transcript.messages);
      setStatus(transcript.status);
      setSession(stored);
    };
    resume().catch((caught: unknown) => setError(caught instanceof Error ? caught.message : "The chat could not start."));
  }, [slug, start]);

  useEffect(() => {
    if (!session) return;
    const events = new EventSource(`/api/v1/chat/sessions/${session.sessionId}/events?token=${encodeURIComponent(session.token)}`);
    events.addEventListener("message", (event) => {
      const message = JSON.parse(event.data) as ChatMessage;
      setMessages((current) => mergeMessages(current, [message]));
      if (message.status) setStatus(message.status);
    });
    return () => events.close();
  }, [session]);

  const send = useCallback(
    async (body: { text: string } | { choice: string }, echo: string) => {
      if (!session) return;
      setBusy(true);
      setError(null);
      const clientMessageId = `${Date.now().toString(36)}-${++counter.current}`;
      try {
        const result = await call<TurnReply>(
          `/api/v1/chat/sessions/${session.sessionId}/messages`,
          { clientMessageId, ...body },
          session.token,
        );
        setStatus(result.status);
        if (result.handoff) setQueue(result.handoff);
        setMessages((current) => mergeMessages(current, result.messages));
      } catch (caught) {
        setError(`${caught instanceof Error ? caught.message : "Not sent."} (“${echo}”)`);
      } finally {
        setBusy(false);
      }
    },
    [session],
  );

  const askForPerson = useCallback(async () => {
    if (!session) return;
    try {
      const result = await call<TurnReply>(`/api/v1/chat/sessions/${session.sessionId}/handoff`, {}, session.token);
      setStatus(result.status);
      if (result.handoff) setQueue(result.handoff);
      setMessages((current) => mergeMessages(current, result.messages));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not reach a person.");
    }
  }, [session]);

  return { messages, status, queue, error, busy, send, askForPerson, restart: start };
}
