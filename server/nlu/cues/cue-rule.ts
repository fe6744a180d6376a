/** What a frustration cue is evidence of; the builder's Preview names it when a message escalates. */
export type CueKind =
  | "giving_up"
  | "blame"
  | "negated_help"
  | "repetition"
  | "waiting"
  | "anger"
  | "insult"
  | "profanity"
  | "consequence"
  | "ignored"
  | "sarcasm"
  | "leaving"
  | "urgency"
  | "shouting"
  | "outburst"
  | "tone"
  /** The learned head (server/nlu/learned) found the wording upset. */
  | "learned";

/** One pattern over folded text (see foldText): lower-case, no accents, words padded with spaces. */
export interface CueRule {
  kind: CueKind;
  /** Alone, 0.6 is enough to call a message frustrated; 0.35 needs company; 0.2 only counts when the bar is lowered. */
  weight: number;
  pattern: RegExp;
}

/** Cue weights: a strong cue decides alone, a medium one needs another, a weak one only lowers the bar. */
export const STRONG = 0.6;
export const MEDIUM = 0.35;
export const WEAK = 0.2;

/** Rules for a language: frustration and urgency cues, and human-request phrases (each with a comment on what it catches). */
export interface LanguageCues {
  frustration: CueRule[];
  /** Phrases that ask for a person now (indirect ones and "are there people?" too). */
  humanRequest?: RegExp[];
  /** Phrases that ask for a phone call. */
  callback?: RegExp[];
  /** Look-alikes removed before the request phrases are tried ("agente de viajes", "recursos humanos"). */
  lookAlikes?: RegExp[];
  /** "no necesito un agente": a person explicitly not wanted. */
  negated?: RegExp[];
}
