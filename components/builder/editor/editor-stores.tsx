"use client";

import { createContext, useContext, useState } from "react";
import { useStore } from "zustand";
import type { FlowDraft } from "@/server/flow/draft-schema";
import { createFlowDocumentStore, type FlowDocumentState, type FlowDocumentStore } from "../document/flow-document-store";
import { createBuilderUiStore, type BuilderUiState, type BuilderUiStore } from "../ui/builder-ui-store";

interface EditorStores {
  doc: FlowDocumentStore;
  ui: BuilderUiStore;
}

const EditorStoresContext = createContext<EditorStores | null>(null);

/** One document store and one UI store per open editor. */
export function EditorStoresProvider({ initialDraft, children }: { initialDraft: FlowDraft; children: React.ReactNode }) {
  const [stores] = useState<EditorStores>(() => ({ doc: createFlowDocumentStore(initialDraft), ui: createBuilderUiStore() }));
  return <EditorStoresContext.Provider value={stores}>{children}</EditorStoresContext.Provider>;
}

export function useEditorStores(): EditorStores {
  const stores = useContext(EditorStoresContext);
  if (!stores) throw new Error("useEditorStores outside EditorStoresProvider");
  return stores;
}

/** Reads the document store; pass a `useShallow` selector when returning objects. */
export function useDoc<T>(selector: (state: FlowDocumentState) => T): T {
  return useStore(useEditorStores().doc, selector);
}

export function useUi<T>(selector: (state: BuilderUiState) => T): T {
  return useStore(useEditorStores().ui, selector);
}
