import type { TeamProfile } from "./turn-context";

/** "pt" speaks to a "pt-br" customer and the other way round. */
export function speaks(languages: string[], language: string | null): boolean {
  if (!language) return false;
  const base = language.split("-")[0];
  return languages.some((code) => code === language || code.split("-")[0] === base);
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/**
 * The team to hand a customer writing in `language` to: the chosen one when
 * it lists that language, or has no other team that does; otherwise a team
 * that lists it, preferring one that shares a skill with the chosen team or
 * has the detected intent among its skills ("billing" for "Billing question").
 */
export function teamForLanguage(chosenId: string, language: string, intentName: string | null, profiles: Record<string, TeamProfile>): string {
  const chosen = profiles[chosenId];
  if (!chosen || speaks(chosen.languages, language)) return chosenId;
  const candidates = Object.entries(profiles).filter(([, profile]) => speaks(profile.languages, language));
  if (candidates.length === 0) return chosenId;
  const wanted = new Set([...chosen.skills.map((skill) => skill.toLowerCase()), ...(intentName ? words(intentName) : [])]);
  const skilled = candidates.find(([, profile]) => profile.skills.some((skill) => wanted.has(skill.toLowerCase())));
  return (skilled ?? candidates[0]!)[0];
}
