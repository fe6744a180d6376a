"use client";

import { createContext, useContext, useDeferredValue, useMemo, useState } from "react";
import type { OutboundPolicy } from "@/server/flow/address/outbound-policy";
import { flowVariableNames } from "@/server/flow/flow-variable-names";
import { nodeCatalog } from "@/server/flow/node-catalog";
import type { FlowDocument } from "@/server/flow/schema";
import type { DraftValidation } from "@/server/flow/validate-draft";
import type { BuilderContext } from "../builder-context";
import { createDraftValidator } from "./create-draft-validator";
import { useDoc } from "./editor-stores";

interface EditorData {
  context: BuilderContext;
  validation: DraftValidation;
}

const EditorDataContext = createContext<EditorData | null>(null);
/** Teams and articles only: stable while the document changes, so canvas nodes need not re-render on every edit. */
const WorkspaceContext = createContext<BuilderContext | null>(null);

/** Validation and picker data derived from the draft, computed once per change for the whole editor. */
export function EditorDataProvider({
  teams,
  articles,
  outbound,
  children,
}: {
  teams: BuilderContext["teams"];
  articles: BuilderContext["articles"];
  outbound: OutboundPolicy;
  children: React.ReactNode;
}) {
  const draft = useDeferredValue(useDoc((state) => state.draft));
  const [validate] = useState(createDraftValidator);
  const teamIds = useMemo(() => teams.map((team) => team.id), [teams]);
  const validation = useMemo(() => validate(draft, teamIds, articles, outbound), [validate, draft, teamIds, articles, outbound]);
  const workspace = useMemo<BuilderContext>(() => ({ teams, articles, variables: [], nodes: [] }), [teams, articles]);
  const context = useMemo<BuilderContext>(
    () => ({ teams, articles, variables: flowVariableNames(validation.document), nodes: nodeOptions(validation.document) }),
    [validation, teams, articles],
  );
  const value = useMemo(() => ({ context, validation }), [context, validation]);
  return (
    <WorkspaceContext.Provider value={workspace}>
      <EditorDataContext.Provider value={value}>{children}</EditorDataContext.Provider>
    </WorkspaceContext.Provider>
  );
}

/** The workspace's teams and articles (for canvas summaries), without the per-edit data. */
export function useWorkspaceContext(): BuilderContext {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspaceContext outside EditorDataProvider");
  return workspace;
}

export function useEditorData(): EditorData {
  const data = useContext(EditorDataContext);
  if (!data) throw new Error("useEditorData outside EditorDataProvider");
  return data;
}

function nodeOptions(document: FlowDocument): BuilderContext["nodes"] {
  return document.nodes.map((node) => ({ id: node.id, label: `${nodeCatalog[node.type].label} (${node.id})` }));
}
