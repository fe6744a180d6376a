import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { initialEngineState } from "@/server/engine/engine-state";
import { turn } from "@/server/engine/turn";
import type { TurnInput } from "@/server/engine/turn-types";
import { parseFlowDocument } from "@/server/flow/parse-flow-document";
import { fakePorts, type FakeWorld } from "../helpers/fake-ports";

// Golden transcripts: scripted conversations through tests/fixtures/flows/*.json,
// compared message by message. UPDATE_GOLDEN=1 rewrites the expectations
// (then read the diff: it is the product's words changing).

interface Transcript {
  flow: string;
  world: FakeWorld;
  /** Languages and skills of the teams, for routing by language (names: Billing, Technical, and any given here). */
  teams?: Record<string, { name: string; languages: string[]; skills: string[] }>;
  steps: { input: TurnInput; bot?: string[]; status?: string; effects?: string[] }[];
}

const dir = "tests/fixtures/transcripts";
const files = fs.readdirSync(dir).filter((file) => file.endsWith(".json"));

describe("golden transcripts", () => {
  it.each(files)("%s", async (file) => {
    const transcript = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Transcript;
    const parsed = parseFlowDocument(JSON.parse(fs.readFileSync(`tests/fixtures/flows/${transcript.flow}.json`, "utf8")));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const ports = fakePorts(transcript.world);
    let state = initialEngineState();
    const actual = [];
    for (const step of transcript.steps) {
      const teams = transcript.teams ?? {};
      const result = await turn(parsed.document, state, step.input, ports, {
        teamNames: {
          "team-billing": "Billing",
          "team-technical": "Technical",
          ...Object.fromEntries(Object.entries(teams).map(([id, team]) => [id, team.name])),
        },
        teamProfiles: teams,
      });
      state = result.state;
      actual.push({
        input: step.input,
        bot: result.messages.map((m) => (m.choices?.length ? `${m.text} [${m.choices.map((c) => c.label).join(" | ")}]` : m.text)),
        status: state.status,
        effects: result.effects.map((e) =>
          e.type === "handoff"
            ? `handoff:${e.kind}:${e.reason}:${e.teamId}`
            : e.type === "no_agent"
              ? `no_agent:${e.kind}:${e.reason}:${e.teamId}:${e.cause}`
              : e.type === "callback"
                ? `callback:${e.phone}:${e.dueAt}`
                : e.type === "rating"
                  ? `rating:${e.value}`
                  : e.type,
        ),
      });
    }
    if (process.env.UPDATE_GOLDEN) {
      fs.writeFileSync(path.join(dir, file), `${JSON.stringify({ ...transcript, steps: actual }, null, 2)}\n`);
      return;
    }
    expect(actual).toEqual(transcript.steps);
  });
});
