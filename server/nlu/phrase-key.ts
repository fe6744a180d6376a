import { foldText } from "./fold-text";
import { normalizeText } from "./normalize-text";

/** Greetings and politeness that do not change what a message asks ("hi, refund please" groups with "refund"). */
const FILLER = new Set(["hi", "hello", "hey", "please", "thanks", "thank", "you", "ok", "okay", "so", "um", "uh", "the", "a", "an"]);

/**
 * The grouping key of a message the bot did not understand: chat short forms
 * expanded, folded (accents, case, punctuation), filler words dropped — so
 * "Refund PLS!!" and "refund please" fall in one group.
 */
export function phraseKey(text: string): string {
  // Short forms first (they need the apostrophes: "can't"), then accents and case folded away.
  const words = normalizeText(text)
    .flatMap((word) => foldText(word).trim().split(" "))
    .filter(Boolean);
  const kept = words.filter((word) => !FILLER.has(word));
  return (kept.length ? kept : words).join(" ").slice(0, 200);
}

/** An engine event's data as stored: an `unrecognised` event also carries its phrase key, so SQL can group by it. */
export function withPhraseKey(event: { type: string; data?: Record<string, unknown> }): Record<string, unknown> | null {
  if (event.type !== "unrecognised" || !event.data) return event.data ?? null;
  return { ...event.data, key: phraseKey(String(event.data.text ?? "")) };
}
