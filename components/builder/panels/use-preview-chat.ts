"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPCClient } from "@/components/providers/trpc";
import { useEditorStores } from "../editor/editor-stores";
import { useRevealNode } from "../editor/use-reveal-node";
import { describeTrigger } from "./describe-trigger";
import type { PreviewHandoff, PreviewLine } from "./preview-types";

type PreviewInput =
  | { kind: "start" }
  | { kind: "message"; text: string }
  | { kind: "choice"; choiceId: string }
  | { kind: "handoff_button" }
  | { kind: "human_finished"; outcome: "resolved" | "no_agent" };

/**
 * A conversation with the current draft through the real engine (the same
 * turn function as the published runtime). The server keeps nothing: the
 * engine state lives here, so a preview never reaches the inbox or analytics.
 */
export type PreviewAgents = "available" | "nobody" | "live";

export function usePreviewChat(agents: PreviewAgents) {
  const client = useTRPCClient();
  const { doc, ui } = useEditorStores();
  const revealNode = useRevealNode();
  const engineState = useRef<unknown>(null);
  // Read at each turn: switching mid-conversation applies to the next handoff without restarting.
  const agentsRef = useRef(agents);
  useEffect(() => {
    agentsRef.current = agents;
  }, [agents]);
  const [lines, setLines] = useState<PreviewLine[]>([]);
  const [variables, setVariables] = useState<Record<string, unknown>>({});
  const [handoff, setHandoff] = useState<PreviewHandoff | null>(null);
  const [ended, setEnded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = useCallback(
    async (input: PreviewInput, echo?: string) => {
      if (echo) setLines((current) => [...current, { author: "customer", text: echo }]);
      setBusy(true);
      setError(null);
      try {
        const result = await client.flows.preview.mutate({
          draft: doc.getState().draft,
          state: input.kind === "start" ? null : engineState.current,
          input,
          agents: agentsRef.current,
        });
        engineState.current = result.state;
        setVariables(result.state.variables);
        const reasons = result.triggers.flatMap((data) => {
          const text = describeTrigger(data);
          return text ? [{ author: "system" as const, text, trigger: true }] : [];
        });
        setLines((current) => [
          ...current,
          ...reasons,
          ...result.messages.map((message) => ({ author: "bot" as const, text: message.text, choices: message.choices })),
        ]);
        const handoffEffect = result.effects.find((effect): effect is PreviewHandoff => effect.type === "handoff");
        if (handoffEffect) setHandoff(handoffEffect);
        if (input.kind === "human_finished") {
          setHandoff(null);
          setLines((current) => [
            ...current,
            { author: "system", text: input.outcome === "resolved" ? "(The agent resolved the conversation.)" : "(Nobody was available.)" },
          ]);
        }
        setEnded(result.state.status === "ended");
        ui.getState().setPreviewNode(result.waitingNodeId);
        if (result.waitingNodeId) revealNode(result.waitingNodeId);
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : "The preview failed.");
      } finally {
        setBusy(false);
      }
    },
    [client, doc, ui, revealNode],
  );

  const restart = useCallback(() => {
    engineState.current = null;
    setLines([]);
    setVariables({});
    setHandoff(null);
    setEnded(false);
    void send({ kind: "start" });
  }, [send]);

  return { lines, variables, handoff, ended, busy, error, send, restart };
}
