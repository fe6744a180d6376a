import { describe, expect, it } from "vitest";
import { setupApi } from "../helpers/api-harness";

const limited = setupApi({ perSession: 3 });

describe("rate limits", () => {
  it("answers 429 with Retry-After past the per-session limit", async () => {
    const session = (await limited.json<{ sessionId: string; token: string }>("POST", "/api/v1/chat/acme/sessions")).body;
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
});
