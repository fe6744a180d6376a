import { describe, expect, it } from "vitest";
import { setupApi } from "../helpers/api-harness";

const limited = setupApi({ perSession: 3 });

const startChat = (slug = "acme", headers: Record<string, string> = {}) =>
  limited.json<{ sessionId: string; token: string; error?: { code: string; message: string } }>("POST", `/api/v1/chat/${slug}/sessions`, { headers });

describe("rate limits", () => {
  it("answers 429 with Retry-After past the per-session limit", async () => {
    const session = (await startChat()).body;
    const statuses: number[] = [];
    let last: { headers: Headers; body: { error?: { message: string } } } | undefined;
    for (let i = 0; i < 4; i++) {
      last = await limited.json("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
        token: session.token,
        body: { clientMessageId: `r${i}`, text: "where is my order" },
      });
      statuses.push((last as unknown as { status: number }).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.body.error?.message).toMatch(/slow down/);
  });

  it("limits new chats per address (RATE_LIMIT_SESSIONS_PER_IP), whatever X-Forwarded-For says, and counts only well-formed starts", async () => {
    limited.setLimits({ sessionsPerIp: 2 });
    expect((await limited.call("POST", "/api/v1/chat/acme/sessions", { rawBody: "[]" })).status).toBe(400); // refused before it counts
    expect((await startChat("acme", { "x-forwarded-for": "203.0.113.1" })).status).toBe(201);
    expect((await startChat("acme", { "x-forwarded-for": "203.0.113.2" })).status).toBe(201);
    const third = await startChat("acme", { "x-forwarded-for": "203.0.113.3" });
    expect(third.status).toBe(429);
    expect(third.body.error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/new chats from your network/) });
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.test.db.conversation.count()).toBe(2);
  });

  it("limits new chats per flow (RATE_LIMIT_SESSIONS_PER_FLOW) without touching another flow's", async () => {
    limited.setLimits({ sessionsPerFlow: 1, trustProxy: "0" });
    expect((await startChat()).status).toBe(201);
    const second = await startChat();
    expect(second.status).toBe(429);
    expect(second.body.error?.message).toMatch(/new chats on this flow/);
    expect((await startChat("no-such-flow")).status).toBe(404); // its own budget: a different flow
  });
});
