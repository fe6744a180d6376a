import { describe, expect, it } from "vitest";
import { AWAY_AFTER_IDLE_MS, idlePresence, OFFLINE_AFTER_IDLE_MS } from "@/components/inbox/idle-presence";

describe("idlePresence", () => {
  it("steps an idle agent down: Away after 10 minutes, Offline after 30; never back up", () => {
    expect(idlePresence("ONLINE", AWAY_AFTER_IDLE_MS - 1)).toBeNull();
    expect(idlePresence("ONLINE", AWAY_AFTER_IDLE_MS)).toBe("AWAY");
    expect(idlePresence("AWAY", AWAY_AFTER_IDLE_MS)).toBeNull();
    expect(idlePresence("AWAY", OFFLINE_AFTER_IDLE_MS)).toBe("OFFLINE");
    expect(idlePresence("ONLINE", OFFLINE_AFTER_IDLE_MS)).toBe("OFFLINE");
    expect(idlePresence("OFFLINE", OFFLINE_AFTER_IDLE_MS * 10)).toBeNull();
    expect(idlePresence(undefined, OFFLINE_AFTER_IDLE_MS)).toBeNull();
  });
});
