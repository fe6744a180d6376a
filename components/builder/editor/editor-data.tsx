"use client";

import { createContext, useContext, useDeferredValue, useMemo } from "react";
import { builtinVariables } from "@/server/flow/builtin-variables";
import type { FlowDraft } from "@/server/flow/draft-schema";
import { nodeCatalog } from "@/server/flow/node-catalog";
import { validateDraft, type DraftValidation } from "@/server/flow/validate-draft";
import type { BuilderContext } from "../builder-context";
import { useDoc } from "./editor-stores";

interface EditorData {
  context: BuilderContext;
  validation: DraftValidation;
}

const EditorDataContext = createContext<EditorData | null>(null);

/** Validation and picker data derived from the draft, computed once per change for the whole editor. */
export function EditorDataProvider({
  teams,
  articles,
  children,
}: {
  teams: BuilderContext["teams"];
  articles: BuilderContext["articles"];
  children: React.ReactNode;
}) {
  const draft = useDeferredValue(useDoc((state) => state.draft));
  const validation = useMemo(() => validateDraft(draft, { teamIds: teams.map((team) => team.id) }), [draft, teams]);
  const context = useMemo<BuilderContext>(
    () => ({ teams, articles, variables: variablesOf(draft, validation), nodes: nodeOptions(draft) }),
    [draft, validation, teams, articles],
  );
  const value = useMemo(() => ({ context, validation }), [context, validation]);
  return <EditorDataContext.Provider value={value}>{children}</EditorDataContext.Provider>;
}

export function useEditorData(): EditorData {
  const data = useContext(EditorDataContext);
  if (!data) throw new Error("useEditorData outside EditorDataProvider");
  return data;
}

function variablesOf(draft: FlowDraft, validation: DraftValidation): string[] {
  const names = new Set<string>([...builtinVariables, ...draft.settings.variables.map((variable) => variable.name)]);
  for (const node of validation.document.nodes) {
    for (const name of (nodeCatalog[node.type].writes as (data: unknown) => string[])(node.data)) names.add(name);
  }
  return [...names].sort();
}

function nodeOptions(draft: FlowDraft): BuilderContext["nodes"] {
  return draft.nodes.map((node) => ({ id: node.id, label: `${nodeCatalog[node.type].label} (${node.id})` }));
}
