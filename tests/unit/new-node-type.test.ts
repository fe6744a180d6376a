import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Adds a throwaway node type to the catalog (and a throwaway reason to the
// engine's escalation reasons) in memory, compiles every file that deals
// with node types or reasons, and checks that the compiler points at each
// place the new type must appear — and at nothing else. The palette, the
// flow schema and the draft schema follow the catalog by themselves (tested
// in node-catalog.test.ts and palette-groups.test.ts).

const root = process.cwd();

/** Where a new node type (or reason) must be added, by hand, before the project compiles again. */
const mustAppearIn = [
  "server/engine/executors.ts", // the executor
  "components/builder/node-looks/node-looks.tsx", // the canvas node: icon
  "components/builder/node-looks/node-summaries.ts", // the canvas node: one-line summary
  "components/builder/node-settings/node-settings-registry.ts", // the settings panel
  "server/engine/reason-label.ts", // a new reason's label for agents
  "server/handoff/priority-rule-schemas.ts", // a new reason's value in the database enum (prisma/schema.prisma and a migration)
];

const dummyDefinitions = `
import { z as dummyZ } from "zod";
import { defineNode as dummyDefine, port as dummyPort } from "./define-node";

const dummyData = dummyZ.object({ text: dummyZ.string().min(1).default("Hi") });
const dummyFacts = { group: "integrations", label: "Dummy", description: "A throwaway type.", data: dummyData } as const;
const dummyNode = dummyDefine({
  ...dummyFacts,
  draft: { text: dummyZ.string() },
  ports: () => [dummyPort("next", "Next")],
  waits: false,
  texts: (data) => [data.text],
  writes: () => [],
  teams: () => [],
});
// Each of these is refused in the definition itself.
export const withoutPortsOrDraft = dummyDefine({ ...dummyFacts, waits: false, texts: () => [], writes: () => [], teams: () => [] });
export const draftMissingAField = dummyDefine({ ...dummyFacts, draft: {}, ports: () => [], waits: false, texts: () => [], writes: () => [], teams: () => [] });
export const draftOfAnotherType = dummyDefine({
  ...dummyFacts,
  draft: { text: dummyZ.number() },
  ports: () => [],
  waits: false,
  texts: () => [],
  writes: () => [],
  teams: () => [],
});
`;

function replaceOnce(source: string, find: string, replacement: string): string {
  expect(source.split(find), `"${find}" must occur once in the source this test edits`).toHaveLength(2);
  return source.replace(find, replacement);
}

type Overlays = Record<string, (source: string) => string>;

/** The new type in the catalog and the new reason in the engine. */
const additions: Overlays = {
  "server/flow/node-catalog.ts": (source) =>
    dummyDefinitions +
    replaceOnce(
      replaceOnce(source, `  "end",\n] as const;`, `  "end",\n  "dummy",\n] as const;`),
      `  end: endNode,\n}`,
      `  end: endNode,\n  dummy: dummyNode,\n}`,
    ),
  "server/engine/engine-state.ts": (source) => replaceOnce(source, `"topic_rule", "flow"]`, `"topic_rule", "flow", "dummy_reason"]`),
};

/** The places filled in for them, as the engineer adding them would. */
const placesFilledIn: Overlays = {
  "server/engine/executors.ts": (source) =>
    replaceOnce(source, `  end: endExecutor,\n`, `  end: endExecutor,\n  dummy: { enter: async () => ({ port: "next" }) },\n`),
  "components/builder/node-looks/node-looks.tsx": (source) =>
    replaceOnce(
      source,
      `  end: { icon: icons.EndIcon, summary: nodeSummaries.end },\n`,
      `  end: { icon: icons.EndIcon, summary: nodeSummaries.end },\n  dummy: { icon: icons.EndIcon, summary: nodeSummaries.dummy },\n`,
    ),
  "components/builder/node-looks/node-summaries.ts": (source) =>
    replaceOnce(
      source,
      `} satisfies Record<NodeType, NodeSummary>;`,
      `  dummy: (data) => readDraftData("dummy", data).text,\n} satisfies Record<NodeType, NodeSummary>;`,
    ),
  "components/builder/node-settings/node-settings-registry.ts": (source) =>
    replaceOnce(source, `  end: EndSettings,\n`, `  end: EndSettings,\n  dummy: EndSettings,\n`),
  "server/engine/reason-label.ts": (source) =>
    replaceOnce(source, `  transfer: "Transferred",\n`, `  transfer: "Transferred",\n  dummy_reason: "Dummy reason",\n`),
  // prisma/schema.prisma and a migration, then \`prisma generate\`:
  "server/db/generated/enums.ts": (source) =>
    replaceOnce(source, `  email_reply: 'email_reply'\n`, `  email_reply: 'email_reply',\n  dummy_reason: 'dummy_reason'\n`),
};

/** Every source file that names node types, the catalog, flow nodes or handoff reasons: where a per-type or per-reason map can live. */
function filesDealingWithTypes(fileNames: string[]): string[] {
  return fileNames.filter((file) => {
    const relative = path.relative(root, file);
    if (!/^(server|components|app)\//.test(relative) || /\.test\.tsx?$/.test(relative)) return false;
    return /NodeType|nodeCatalog|nodeTypes|FlowNode|FlowDraftNode|HandoffReason|handoffReasonSchema/.test(fs.readFileSync(file, "utf8"));
  });
}

const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
// Node's types come into the whole project through other files (Next, Vitest); this smaller program names them.
const options: ts.CompilerOptions = { ...config.options, incremental: false, noEmit: true, types: ["node"] };
const roots = filesDealingWithTypes(config.fileNames);

/** Compiles the roots with some files edited in memory; the errors in them, by file. Type-checking is lazy: only what the roots need is checked. */
function compile(overlays: Overlays, oldProgram?: ts.Program) {
  const edited = new Map(Object.entries(overlays).map(([file, edit]) => [path.join(root, file), edit(fs.readFileSync(path.join(root, file), "utf8"))]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => edited.get(path.resolve(file)) ?? readFile(file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = edited.get(path.resolve(file));
    return text === undefined ? getSourceFile(file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram(roots, options, host, oldProgram);
  const errors = roots.flatMap((file) => {
    const source = program.getSourceFile(file)!;
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => ({
      file: path.relative(root, file),
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    }));
  });
  return { program, errors };
}

describe("a new node type", () => {
  it("does not compile until it has an executor, a canvas look and summary and a settings panel (a new reason: a label and a database value), and then does", () => {
    expect(roots).toEqual(expect.arrayContaining([...mustAppearIn, ...Object.keys(additions)].map((file) => path.join(root, file))));

    const added = compile(additions);
    const flagged = new Set(added.errors.map((error) => error.file));
    for (const place of mustAppearIn) expect(flagged, `${place} should be flagged: ${JSON.stringify(added.errors, null, 2)}`).toContain(place);

    // The definition itself refuses a type without ports or draft fields, or with draft fields that do not match its data.
    const inCatalog = added.errors.filter((error) => error.file === "server/flow/node-catalog.ts").map((error) => error.message);
    expect(inCatalog).toHaveLength(3);
    expect(inCatalog[0]).toMatch(/missing the following properties[\s\S]*draft[\s\S]*ports/);
    expect(inCatalog[1]).toMatch(/'text' is missing/);
    expect(inCatalog[2]).toMatch(/ZodNumber[\s\S]*not assignable/);

    // With those places filled in, nothing else needs the new type: only the refused definitions remain.
    const filled = compile({ ...additions, ...placesFilledIn }, added.program);
    expect(filled.errors.map((error) => error.file)).toEqual(Array(3).fill("server/flow/node-catalog.ts"));
  }, 240_000);
});
