import { expect } from "vitest";
import { loadViewer } from "@/server/auth/load-viewer";
import type { Viewer } from "@/server/auth/viewer";
import type { ChatStatus, PublicMessage } from "@/server/realtime/stream-events/public-message-schema";
import type { TurnResponse } from "@/server/realtime/stream-events/turn-response-schema";
import { setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";

/** The demo's people: Sam (Billing agent), Alex (Technical agent), Morgan (admin, no team). */
export const DEMO_PEOPLE = { sam: "sam@acme.test", alex: "alex@acme.test", morgan: "admin@acme.test" } as const;

export interface Session {
  sessionId: string;
  token: string;
}

/**
 * The public API harness (seeded demo, fixed clock) plus what inbox tests
 * need: the demo people as viewers, presence, queued conversations and a
 * tRPC caller for `inbox.*`.
 */
export function setupInbox(options: Parameters<typeof setupApi>[0] = {}) {
  const api = setupApi(options);

  async function viewer(email: string): Promise<Viewer> {
    const user = await api.test.db.user.findUniqueOrThrow({ where: { email } });
    return (await loadViewer(api.test.db, user.id))!;
  }

  async function people() {
    return { sam: await viewer(DEMO_PEOPLE.sam), alex: await viewer(DEMO_PEOPLE.alex), morgan: await viewer(DEMO_PEOPLE.morgan) };
  }

  /** Online now (with a fresh heartbeat), optionally with a capacity. */
  async function online(who: Viewer, maxConcurrent?: number) {
    await api.test.db.membership.update({
      where: { id: who.membershipId },
      data: { presence: "ONLINE", lastSeenAt: api.clock.now, ...(maxConcurrent ? { maxConcurrent } : {}) },
    });
  }

  async function start(): Promise<Session> {
    const response = await api.json<Session>("POST", "/api/v1/chat/acme/sessions");
    expect(response.status).toBe(201);
    return response.body;
  }

  /** A customer says something (typed text or a pressed choice). */
  async function say(session: Session, text: string, id = `m-${Math.random().toString(36).slice(2)}`) {
    const body = /^choice:/.test(text) ? { clientMessageId: id, choice: text.slice(7) } : { clientMessageId: id, text };
    return api.json<TurnResponse>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
      token: session.token,
      body,
    });
  }

  /** A new chat where the customer pressed "Talk to a person" (Billing, warm — or Technical, cold, after a technical question). */
  async function queued(team: "billing" | "technical" = "billing"): Promise<Session> {
    const session = await start();
    if (team === "technical") await say(session, "the app keeps crashing");
    const handoff = await api.json<{ status: string }>("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
    expect(handoff.status).toBe(200);
    return session;
  }

  async function transcript(session: Session) {
    const response = await api.json<{ status: ChatStatus; messages: PublicMessage[] }>("GET", `/api/v1/chat/sessions/${session.sessionId}`, {
      token: session.token,
    });
    return response.body;
  }

  /** Calls `inbox.<path>` as `who` through tRPC's fetch adapter. */
  function inbox<T = unknown>(who: Viewer | null, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") {
    return callTrpc({ db: api.test.db, viewer: who }, `inbox.${path}`, input, kind) as Promise<{
      status: number;
      data: T | undefined;
      error?: { message: string; data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null } };
    }>;
  }

  return { api, viewer, people, online, start, say, queued, transcript, inbox };
}
