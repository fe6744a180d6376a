"use client";

import { TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPCClient } from "@/components/providers/trpc";
import type { FlowDraft } from "@/server/flow/draft-schema";
import { useEditorStores } from "./editor-stores";

const DEBOUNCE_MS = 700;

export type SaveState = { kind: "saved" } | { kind: "dirty" } | { kind: "saving" } | { kind: "error"; message: string } | { kind: "conflict"; message: string };

/**
 * Autosaves the draft (debounced, one save at a time) with an optimistic
 * lock. A newer draft saved elsewhere stops autosaving and asks: reload
 * theirs or overwrite with ours — never lose work silently.
 */
export function useAutosave(flowId: string, initialVersion: number) {
  const client = useTRPCClient();
  const { doc } = useEditorStores();
  const [state, setState] = useState<SaveState>({ kind: "saved" });
  const version = useRef(initialVersion);
  const savedRevision = useRef(doc.getState().revision);
  const inFlight = useRef<Promise<void> | null>(null);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveLater = useRef(() => {});

  const save = useCallback(
    async (force = false) => {
      if (inFlight.current || (blocked.current && !force)) return;
      const { draft, revision } = doc.getState();
      if (revision === savedRevision.current && !force) return;
      let done = () => {};
      let failed = false;
      inFlight.current = new Promise<void>((resolve) => (done = resolve));
      setState({ kind: "saving" });
      try {
        const result = await client.flows.saveDraft.mutate({ flowId, draft, expectedDraftVersion: version.current, force });
        version.current = result.draftVersion;
        savedRevision.current = revision;
        blocked.current = false;
        setState(doc.getState().revision === revision ? { kind: "saved" } : { kind: "dirty" });
      } catch (error) {
        const conflict = error instanceof TRPCClientError && error.data?.code === "CONFLICT";
        blocked.current = conflict;
        failed = true;
        setState({ kind: conflict ? "conflict" : "error", message: error instanceof Error ? error.message : "Save failed." });
      } finally {
        inFlight.current = null;
        done();
      }
      // Edits made while this save was in flight: save them next. After a failure, wait for
      // the next edit or "Retry" instead of hammering a server that refuses (a draft too large).
      if (!failed && doc.getState().revision !== savedRevision.current) saveLater.current();
    },
    [client, doc, flowId],
  );

  useEffect(() => {
    saveLater.current = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    };
    return doc.subscribe((next, previous) => {
      if (next.revision === previous.revision || blocked.current) return;
      // Same object when already dirty: no re-render of the editor on every drag frame.
      setState((current) => (current.kind === "saving" || current.kind === "dirty" ? current : { kind: "dirty" }));
      saveLater.current();
    });
  }, [doc, save]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (doc.getState().revision !== savedRevision.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [doc]);

  /** Takes the other person's draft: loads it, dropping our unsaved edits. */
  const reload = useCallback(async () => {
    const fresh = await client.flows.get.query({ flowId });
    doc.getState().load(fresh.flow.draft as FlowDraft);
    version.current = fresh.flow.draftVersion;
    savedRevision.current = doc.getState().revision;
    blocked.current = false;
    setState({ kind: "saved" });
  }, [client, doc, flowId]);

  /** Replaces a draft loaded from elsewhere (a restored version) without saving it again. */
  const adopt = useCallback(
    (draft: FlowDraft, draftVersion: number) => {
      doc.getState().load(draft);
      version.current = draftVersion;
      savedRevision.current = doc.getState().revision;
      setState({ kind: "saved" });
    },
    [doc],
  );

  /** Saves now, after any save in flight (publishing freezes what the server has). */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    await save();
  }, [save]);

  return { state, retry: () => void save(), overwrite: () => void save(true), reload, adopt, flush };
}
