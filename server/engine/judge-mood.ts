import type { FlowSettings } from "../flow/schema";
import type { FrustrationSignal } from "./ports";

/** Why the sentiment trigger fired, for the Preview, the trigger event and the agent. */
export interface MoodCue {
  /** The strongest cue's kind ("giving_up", "urgency", "shouting"…), or "sentiment" when only the score said so. */
  kind: string;
  /** The words that matched. */
  text: string;
  /** The detector's score (0 … 1). */
  score: number;
  urgent: boolean;
  /** What lowered the bar for a weaker signal: a worsening mood, or another sign the bot is failing. */
  lowered: "trend" | "signal" | null;
}

/** A frustration score this high is a frustrated message on its own. */
export const FRUSTRATED = 0.5;
/** With the bar lowered, a medium cue or two weak ones are enough. */
export const LOWERED_BAR = 0.3;

/**
 * The moods of the last `window` messages only went down, by 0.3 or more,
 * ending below zero: the conversation is getting worse.
 */
export function isWorsening(moods: number[], window: number): boolean {
  if (window < 2 || moods.length < window) return false;
  const recent = moods.slice(-window);
  const sinking = recent.every((mood, i) => i === 0 || mood <= recent[i - 1]!);
  return sinking && recent.at(-1)! < 0 && recent.at(-1)! - recent[0]! <= -0.3;
}

/**
 * Decides whether a message is frustrated or urgent enough for the sentiment
 * trigger: a frustration score of 0.5, or a sentiment at or below the
 * admin's threshold; with a worsening trend or another escalation-like signal
 * in the conversation (when the admin lets them lower the bar), 0.3 or a
 * sentiment within 0.3 of the threshold. Null when it does not fire.
 */
export function judgeMood(
  signal: FrustrationSignal,
  sentiment: number,
  moods: number[],
  otherSignal: boolean,
  settings: FlowSettings["escalation"]["sentiment"],
): MoodCue | null {
  const top = signal.cues[0];
  const cue = (lowered: MoodCue["lowered"]): MoodCue => ({
    kind: top?.kind ?? "sentiment",
    text: top?.text ?? `sentiment ${sentiment.toFixed(2)}`,
    score: signal.score,
    urgent: signal.urgent,
    lowered,
  });
  if (signal.score >= FRUSTRATED || sentiment <= settings.threshold) return cue(null);
  const lowered = isWorsening(moods, settings.trendWindow) ? "trend" : settings.signalsLowerBar && otherSignal ? "signal" : null;
  if (lowered && (signal.score >= LOWERED_BAR || (sentiment < 0 && sentiment <= settings.threshold + 0.3))) return cue(lowered);
  return null;
}
