import { describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { collectSse, type SseEvent } from "../helpers/collect-sse";
import { sessionCookie } from "../helpers/session-cookie";
import { setupInbox } from "./inbox-harness";

const t = setupInbox();

/** Opens the inbox stream as `viewer` (signed in with a real session cookie) and collects its events in the background. */
async function openStream(viewer: Viewer) {
  const controller = new AbortController();
  const response = await t.api.call("GET", "/api/inbox/events", { headers: { cookie: await sessionCookie(viewer.userId) }, signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  return collectSse(response.body!, controller);
}

describe("GET /api/inbox/events", () => {
  it("answers 401 when signed out, with a cookie that does not decrypt, or for someone no longer in any workspace", async () => {
    const refused = async (headers: Record<string, string>) => {
      const response = await t.api.call("GET", "/api/inbox/events", { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: "unauthorized", message: "Your session has ended. Sign in again." } });
    };
    await refused({});
    const { sam } = await t.people();
    const cookie = await sessionCookie(sam.userId);
    await refused({ cookie: cookie.slice(0, -6) + "AAAAAA" });
    await t.api.test.db.membership.delete({ where: { id: sam.membershipId } });
    await refused({ cookie });
  });

  it("tells the agents in scope (only them) that a conversation changed: a handoff, a customer message, an accept, a presence change", async () => {
    const { sam, alex, morgan } = await t.people();
    await t.online(sam);
    const samStream = await openStream(sam);
    const alexStream = await openStream(alex);
    const adminStream = await openStream(morgan);
    try {
      const session = await t.queued();
      const changeOf = (seq?: number) => (events: SseEvent[]) =>
        events.some((e) => e.event === "change" && e.data.conversationId === session.sessionId && (seq === undefined || e.data.seq === seq));
      expect(await samStream.waitFor(changeOf())).toBe(true);

      const reply = await t.say(session, "hello? anyone?");
      expect(reply.status).toBe(200);
      const { lastSeq } = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
      expect(await samStream.waitFor(changeOf(lastSeq))).toBe(true);
      expect(await adminStream.waitFor(changeOf(lastSeq))).toBe(true);

      await t.inbox(sam, "accept", { conversationId: session.sessionId });
      expect(await samStream.waitFor(changeOf(lastSeq + 2))).toBe(true);

      await t.inbox(alex, "setPresence", { presence: "AWAY" });
      expect(await samStream.waitFor((events) => events.some((e) => e.event === "presence"))).toBe(true);
      // Alex is in another team: he heard about presence, never about this conversation.
      expect(await alexStream.waitFor((events) => events.some((e) => e.event === "presence"))).toBe(true);
      expect(alexStream.events.filter((e) => e.event === "change")).toEqual([]);
    } finally {
      await Promise.all([samStream.close(), alexStream.close(), adminStream.close()]);
    }
  });
});
