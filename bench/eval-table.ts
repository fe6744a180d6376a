// The per-language tables npm run eval:nlu prints.
import type { LabelledRow } from "./escalation-sets";

export const LANGUAGES = ["en", "es", "fr", "de", "pt"] as const;

export interface Outcome {
  human: boolean;
  frustrated: boolean;
  /** End to end: the first message reached a person (any handoff path) or an offer of one; null when not run. */
  reachedPerson: boolean | null;
  /** End to end: a trigger escalated it or offered a person (a flow's own route to a team is not one). */
  triggered: boolean | null;
  detail: string;
}

export const isRequest = (row: LabelledRow) => row.label === "human" || row.label === "callback";
export const isUpset = (row: LabelledRow) => row.label === "frustrated" || row.label === "urgent";
export const isOrdinary = (row: LabelledRow) => row.label === "neutral" || row.label === "lookalike";

const pct = (n: number, of: number) => (of === 0 ? "    –  " : `${((100 * n) / of).toFixed(1).padStart(5)} %`);

/** Recall and false rates per language; `verbose` lists every miss (never for a held-out file). */
export function printTable(name: string, rows: LabelledRow[], outcomes: Map<LabelledRow, Outcome>, verbose: boolean) {
  const count = (mine: LabelledRow[], test: (o: Outcome) => boolean | null) => mine.filter((row) => test(outcomes.get(row)!)).length;
  const e2e = rows.some((row) => outcomes.get(row)!.reachedPerson !== null && !isRequest(row));
  console.log(`\n${name}: ${rows.length} messages`);
  console.log(
    `lang   human-request recall   false escalations   frustration recall   false alarms${e2e ? "   e2e upset → person/offer   e2e ordinary → no trigger" : ""}`,
  );
  for (const language of [...LANGUAGES, "all"]) {
    const mine = rows.filter((row) => language === "all" || row.language === language);
    const requests = mine.filter(isRequest);
    const upset = mine.filter(isUpset);
    const ordinary = mine.filter(isOrdinary);
    const cells = [
      `${pct(
        count(requests, (o) => o.human),
        requests.length,
      )} (${requests.length})`,
      `${pct(
        count(ordinary, (o) => o.human),
        ordinary.length,
      )} (${ordinary.length})`,
      `${pct(
        count(upset, (o) => o.frustrated),
        upset.length,
      )} (${upset.length})`,
      pct(
        count(ordinary, (o) => o.frustrated),
        ordinary.length,
      ),
      pct(
        count(upset, (o) => o.reachedPerson),
        upset.length,
      ),
      pct(
        count(ordinary, (o) => o.triggered === false),
        ordinary.length,
      ),
    ];
    const tail = e2e ? ` ${cells[4]!.padEnd(26)} ${cells[5]}` : "";
    console.log(`${language.padEnd(6)} ${cells[0]!.padEnd(22)} ${cells[1]!.padEnd(19)} ${cells[2]!.padEnd(20)} ${cells[3]!.padEnd(14)}${tail}`);
  }
  if (!verbose) return;
  for (const row of rows) {
    const o = outcomes.get(row)!;
    const tag = `[${row.label} ${row.language}]`;
    if (isRequest(row) && !o.human) console.log(`  missed request     ${tag} ${row.text}`);
    if (isOrdinary(row) && o.human) console.log(`  false escalation   ${tag} ${row.text}`);
    if (isUpset(row) && !o.frustrated) console.log(`  missed upset       ${tag} ${row.text}`);
    if (isOrdinary(row) && o.frustrated) console.log(`  false alarm        ${tag} ${row.text}`);
    if (isUpset(row) && o.reachedPerson === false) console.log(`  e2e upset → bot    ${tag} ${row.text}  ⇒ ${o.detail}`);
    if (isOrdinary(row) && o.triggered) console.log(`  e2e ordinary → offer or escalation ${tag} ${row.text}  ⇒ ${o.detail}`);
  }
}
