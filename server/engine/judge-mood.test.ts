import { describe, expect, it } from "vitest";
import { escalationSettingsSchema } from "../flow/schema";
import { isWorsening, judgeMood } from "./judge-mood";
import { teamForLanguage } from "./team-for-language";

const settings = escalationSettingsSchema.parse({}).sentiment;
const signal = (score: number, kind = "anger") => ({ score, urgent: kind === "urgency", cues: score ? [{ kind, text: "words" }] : [] });

describe("judgeMood", () => {
  it("fires on a frustration score of 0.5 or a sentiment at the threshold, with the cue that did it", () => {
    expect(judgeMood(signal(0.6, "giving_up"), 0, [], false, settings)).toMatchObject({ kind: "giving_up", lowered: null, urgent: false });
    expect(judgeMood(signal(0), -0.7, [], false, settings)).toMatchObject({ kind: "sentiment", lowered: null });
    expect(judgeMood(signal(0.6, "urgency"), 0, [], false, settings)?.urgent).toBe(true);
    expect(judgeMood(signal(0.35), -0.2, [], false, settings)).toBeNull();
  });

  it("lowers the bar to 0.3 on a worsening trend or another signal, each switchable", () => {
    expect(judgeMood(signal(0.35), -0.35, [0, -0.2, -0.35], false, settings)?.lowered).toBe("trend");
    expect(judgeMood(signal(0.35), -0.35, [0], true, settings)?.lowered).toBe("signal");
    expect(judgeMood(signal(0.35), -0.35, [0, -0.2, -0.35], false, { ...settings, trendWindow: 0 })).toBeNull();
    expect(judgeMood(signal(0.35), -0.35, [0], true, { ...settings, signalsLowerBar: false })).toBeNull();
    expect(judgeMood(signal(0.2), -0.1, [0], true, settings)).toBeNull();
  });
});

describe("isWorsening", () => {
  it.each([
    [[0, -0.2, -0.35], 3, true],
    [[0.5, 0.3, 0.1], 3, false],
    [[0, -0.3, -0.2], 3, false],
    [[-0.1, -0.2], 3, false],
    [[0, -0.1, -0.2, -0.4], 2, false],
  ])("%j over %i", (moods, window, expected) => {
    expect(isWorsening(moods, window)).toBe(expected);
  });
});

describe("teamForLanguage", () => {
  const profiles = {
    billing: { languages: ["en"], skills: ["billing"] },
    tech: { languages: ["en"], skills: ["technical"] },
    esTech: { languages: ["es"], skills: ["technical"] },
    esBilling: { languages: ["es", "pt-br"], skills: ["billing"] },
  };
  it("keeps a team that speaks the language, else prefers one with the same skill", () => {
    expect(teamForLanguage("billing", "en", null, profiles)).toBe("billing");
    expect(teamForLanguage("billing", "es", null, profiles)).toBe("esBilling");
    expect(teamForLanguage("tech", "es", null, profiles)).toBe("esTech");
    expect(teamForLanguage("tech", "pt", null, profiles)).toBe("esBilling");
    expect(teamForLanguage("tech", "de", null, profiles)).toBe("tech");
  });
});
