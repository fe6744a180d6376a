// The table runner the escalation round tests share (#14): each case names what the detectors must say of one message,
// so a round's test is only its table. Not a test file itself.
import { describe, expect, it } from "vitest";
import { detectFrustration } from "../../../server/nlu/detect-frustration";
import { detectHumanRequest } from "../../../server/nlu/detect-human-request";
import { detectLanguage } from "../../../server/nlu/detect-language";
import { shippedEscalationModel, type EscalationModel } from "../../../server/nlu/learned/escalation-model";

/**
 * What the detectors must say: a request for a person ("human"), a callback ("callback"), either ("request"), neither
 * ("no request"); frustrated or urgent ("upset", with the cue kind that must fire when `cue` is given) or not ("calm").
 */
export type Expected = "human" | "callback" | "request" | "no request" | "upset" | "calm";

export interface EscalationCase {
  language: string;
  expect: Expected;
  text: string;
  /** What kind of wording the case stands for (shown in the test name). */
  kind?: string;
  /** A cue kind that must be among the detector's cues (upset cases). */
  cue?: string;
}

export interface CaseOptions {
  /** The model the detectors are asked with (default: the shipped one; RULES_ONLY pins a case to its rule). */
  model?: EscalationModel;
  /** Negative cases ("no request", "calm") must hold with the shipped model too, not only with `model`. */
  alsoShipped?: boolean;
}

function check(test: EscalationCase, model: EscalationModel) {
  const request = detectHumanRequest(test.text, model);
  const signal = detectFrustration(test.text, detectLanguage(test.text), model);
  switch (test.expect) {
    case "human":
    case "callback":
      expect(request).toBe(test.expect);
      break;
    case "request":
      expect(request).not.toBeNull();
      break;
    case "no request":
      expect(request).toBeNull();
      break;
    case "upset":
      expect(signal.score).toBeGreaterThanOrEqual(0.5);
      if (test.cue) expect(signal.cues.map((cue) => cue.kind)).toContain(test.cue);
      break;
    case "calm":
      expect(signal.score).toBeLessThan(0.5);
      break;
  }
}

/** One `it` per case under a `describe(title)`. */
export function describeEscalationCases(title: string, cases: EscalationCase[], options: CaseOptions = {}) {
  const model = options.model ?? shippedEscalationModel();
  describe(title, () => {
    it.each(cases.map((test) => [test.language, test.expect, test.kind ?? test.cue ?? "", test.text, test] as const))(
      "%s %s %s: %s",
      (_language, _expected, _kind, _text, test) => {
        check(test, model);
        if (options.alsoShipped && (test.expect === "no request" || test.expect === "calm")) check(test, shippedEscalationModel());
      },
    );
  });
}

/**
 * Cases from the older rounds' tuple tables: [language, text] or [language, kind, text]; the middle column is the cue
 * kind that must fire when `middle` is "cue", else only a label.
 */
export function casesOf(
  expected: Expected,
  rows: readonly (readonly [string, string] | readonly [string, string, string])[],
  middle: "kind" | "cue" = "kind",
): EscalationCase[] {
  return rows.map((row) => {
    const [language, a, b] = row;
    if (b === undefined) return { language, expect: expected, text: a };
    return middle === "cue" ? { language, expect: expected, text: b, cue: a } : { language, expect: expected, text: b, kind: a };
  });
}

/** Cases written per language, then per expectation: { de: { human: [...], calm: [...] }, pt: { ... } }. */
export function casesByLanguage(table: Record<string, Partial<Record<Expected, string[]>>>): EscalationCase[] {
  return Object.entries(table).flatMap(([language, byExpected]) =>
    Object.entries(byExpected).flatMap(([expected, texts]) => (texts ?? []).map((text) => ({ language, expect: expected as Expected, text }))),
  );
}
