// npm run eval:nlu — how well the escalation detectors do, per language, on the labelled set
// (tests/fixtures/escalation-labelled.tsv, tuned on) and on the held-out set
// (tests/fixtures/escalation-holdout.tsv, written before any tuning and never tuned on: its figures count).
//
//   detectors:   human-request recall and false escalations; frustration/urgency recall and false alarms
//                on ordinary messages (neutral questions and look-alikes)
//   end to end:  the demo flow on the real runtime (PGlite, the seeded Acme workspace): a chat is started
//                and the message sent as the customer's first; frustrated/urgent messages should reach a
//                person or an offer of one, ordinary ones should be answered or routed without either.
//
// Goals on the held-out set: human requests ≥ 98 % recall, ≤ 2 % false escalations; frustration ≥ 90 %
// led to a person or an offer, ≤ 5 % false alarms on neutral questions. EVAL_VERBOSE=1 lists every miss.
import fs from "node:fs";
import { seedDemoWorkspace } from "../prisma/seed";
import { startChat } from "../server/conversations/start-chat";
import { postCustomerMessage } from "../server/conversations/post-customer-message";
import { loadConversation } from "../server/conversations/load-conversation";
import { TtlCache } from "../server/runtime/ttl-cache";
import type { Runtime } from "../server/runtime/runtime";
import { connectDatabase } from "../server/db/connect-database";
import { migrateDatabase } from "../server/db/migrate-database";
import { engineStateSchema } from "../server/engine/engine-state";
import { EmbeddedNlu } from "../server/nlu/embedded-nlu";
import { LocalEventBus } from "../server/realtime/local-event-bus";
import { detectors } from "./eval-detectors";

const FILES = { labelled: "tests/fixtures/escalation-labelled.tsv", "held-out": "tests/fixtures/escalation-holdout.tsv" } as const;
const LANGUAGES = ["en", "es", "fr", "de", "pt"] as const;
const VERBOSE = process.env.EVAL_VERBOSE === "1";

type Label = "human" | "callback" | "frustrated" | "urgent" | "neutral" | "lookalike";
interface Row {
  label: Label;
  language: string;
  text: string;
}
interface Outcome {
  human: boolean;
  frustrated: boolean;
  /** End to end: the first message reached a person (any handoff path) or an offer of one. */
  reachedPerson: boolean;
  /** End to end: a trigger escalated it or offered a person (a flow's own route to a team is not one). */
  triggered: boolean;
  detail: string;
}

function read(file: string): Row[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [label, language, text] = line.split("\t") as [Label, string, string];
      return { label, language, text };
    });
}

const isRequest = (row: Row) => row.label === "human" || row.label === "callback";
const isUpset = (row: Row) => row.label === "frustrated" || row.label === "urgent";
const isOrdinary = (row: Row) => row.label === "neutral" || row.label === "lookalike";

async function demoRuntime(): Promise<Runtime> {
  const database = await connectDatabase({ kind: "pglite", dataDir: "memory://" });
  await database.withSession((sql) => migrateDatabase(sql));
  await seedDemoWorkspace(database.prisma);
  return {
    db: database.prisma,
    bus: new LocalEventBus(),
    nlu: new EmbeddedNlu(),
    llm: null,
    http: { request: async () => ({ ok: true, status: 200, json: {} }) },
    // Monday 10:00 in London: the demo teams are open (nobody online, so a handoff ends at the callback offer).
    now: () => new Date("2026-11-23T10:00:00Z"),
    log: () => {},
    cache: new TtlCache(),
  };
}

/** The real runtime on the demo flow: a new chat per message, the message as the customer's first. */
async function endToEnd(runtime: Runtime, text: string): Promise<{ reachedPerson: boolean; triggered: boolean; detail: string }> {
  const chat = await startChat(runtime, "acme");
  const conversation = (await loadConversation(runtime.db, chat.sessionId))!;
  const response = await postCustomerMessage(runtime, conversation, { text, clientMessageId: "m1" });
  const after = await loadConversation(runtime.db, chat.sessionId);
  const state = engineStateSchema.parse(after!.state);
  const offered = state.waiting?.step === "offer_human";
  const escalated = state.escalationReason !== null;
  const reply = response.messages.map((m) => m.text.split("\n")[0]).join(" | ");
  return {
    reachedPerson: offered || escalated,
    triggered: offered || (escalated && state.escalationReason !== "flow"),
    detail: `${escalated ? `escalated (${state.escalationReason})` : offered ? "offered" : "bot"}: ${reply}`,
  };
}

const pct = (n: number, of: number) => (of === 0 ? "    –  " : `${((100 * n) / of).toFixed(1).padStart(5)} %`);
const count = (rows: Row[], outcomes: Map<Row, Outcome>, test: (o: Outcome) => boolean) => rows.filter((row) => test(outcomes.get(row)!)).length;

function table(name: string, rows: Row[], outcomes: Map<Row, Outcome>) {
  console.log(`\n${name}: ${rows.length} messages`);
  console.log("lang   human-request recall   false escalations   frustration recall   false alarms   e2e upset → person/offer   e2e ordinary → no trigger");
  for (const language of [...LANGUAGES, "all"]) {
    const mine = rows.filter((row) => language === "all" || row.language === language);
    const requests = mine.filter(isRequest);
    const upset = mine.filter(isUpset);
    const ordinary = mine.filter(isOrdinary);
    const cells = [
      `${pct(
        count(requests, outcomes, (o) => o.human),
        requests.length,
      )} (${requests.length})`,
      `${pct(
        count(ordinary, outcomes, (o) => o.human),
        ordinary.length,
      )} (${ordinary.length})`,
      `${pct(
        count(upset, outcomes, (o) => o.frustrated),
        upset.length,
      )} (${upset.length})`,
      `${pct(
        count(ordinary, outcomes, (o) => o.frustrated),
        ordinary.length,
      )}`,
      `${pct(
        count(upset, outcomes, (o) => o.reachedPerson),
        upset.length,
      )}`,
      `${pct(
        count(ordinary, outcomes, (o) => !o.triggered),
        ordinary.length,
      )}`,
    ];
    console.log(
      `${language.padEnd(6)} ${cells[0]!.padEnd(22)} ${cells[1]!.padEnd(19)} ${cells[2]!.padEnd(20)} ${cells[3]!.padEnd(14)} ${cells[4]!.padEnd(26)} ${cells[5]}`,
    );
  }
  if (!VERBOSE) return;
  for (const row of rows) {
    const o = outcomes.get(row)!;
    const tag = `[${row.label} ${row.language}]`;
    if (isRequest(row) && !o.human) console.log(`  missed request     ${tag} ${row.text}`);
    if (isOrdinary(row) && o.human) console.log(`  false escalation   ${tag} ${row.text}`);
    if (isUpset(row) && !o.frustrated) console.log(`  missed upset       ${tag} ${row.text}`);
    if (isOrdinary(row) && o.frustrated) console.log(`  false alarm        ${tag} ${row.text}`);
    if (isUpset(row) && !o.reachedPerson) console.log(`  e2e upset → bot    ${tag} ${row.text}  ⇒ ${o.detail}`);
    if (isOrdinary(row) && o.triggered) console.log(`  e2e ordinary → offer or escalation ${tag} ${row.text}  ⇒ ${o.detail}`);
  }
}

async function main() {
  const runtime = await demoRuntime();
  for (const [name, file] of Object.entries(FILES)) {
    const rows = read(file);
    const outcomes = new Map<Row, Outcome>();
    for (const row of rows) {
      const e2e = isRequest(row) ? { reachedPerson: true, triggered: true, detail: "" } : await endToEnd(runtime, row.text);
      outcomes.set(row, { human: detectors.human(row.text) !== null, frustrated: await detectors.upset(row.text), ...e2e });
    }
    table(`${name} (${file})`, rows, outcomes);
  }
  // The earlier English-only human-request files, kept so their figures stay comparable.
  for (const file of ["tests/fixtures/human-requests.tsv", "tests/fixtures/human-requests-holdout.tsv"]) {
    const rows = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("#"))
      .map((line) => line.split("\t") as [string, string]);
    const requests = rows.filter(([label]) => label !== "none");
    const ordinary = rows.filter(([label]) => label === "none");
    const found = requests.filter(([, text]) => detectors.human(text) !== null).length;
    const wrong = ordinary.filter(([, text]) => detectors.human(text) !== null).length;
    console.log(
      `\n${file} (en): human-request recall ${pct(found, requests.length)} (${requests.length}), false escalations ${pct(wrong, ordinary.length)} (${ordinary.length})`,
    );
  }
}

await main();
