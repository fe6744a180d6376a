import { describe, expect, it } from "vitest";
import { parseAvatarUrl } from "@/components/builder/flow-settings/settings-schemas";
import { flowSettingsSchema } from "@/server/flow/schema";

const appearance = flowSettingsSchema.shape.appearance.unwrap();

describe("the bot's picture in the flow settings", () => {
  it("is optional, so existing flows stay valid", () => {
    expect(appearance.parse({ botName: "Acme Assistant", color: "#2952d9" })).toEqual({ botName: "Acme Assistant", color: "#2952d9" });
  });

  it("accepts only https addresses", () => {
    expect(appearance.safeParse({ botAvatarUrl: "https://cdn.acme.test/bot.png" }).success).toBe(true);
    for (const url of ["http://cdn.acme.test/bot.png", "javascript:alert(1)", "data:image/png;base64,AAAA", "bot.png"]) {
      expect(appearance.safeParse({ botAvatarUrl: url }).success, url).toBe(false);
    }
  });

  it("reads an empty field as no picture and explains a bad one", () => {
    expect(parseAvatarUrl("  ")).toEqual({ ok: true, value: undefined });
    expect(parseAvatarUrl(" https://cdn.acme.test/bot.png ")).toEqual({ ok: true, value: "https://cdn.acme.test/bot.png" });
    expect(parseAvatarUrl("http://cdn.acme.test/bot.png")).toEqual({ ok: false, message: expect.stringContaining("https://") });
  });
});
