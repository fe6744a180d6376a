import type { FlowDraft } from "../../flow/draft-schema";
import { phraseKey } from "../../nlu/phrase-key";

export interface UnderstandTarget {
  nodeId: string;
  /** The step's question, to tell two Understand steps apart. */
  text: string;
  intents: { id: string; name: string }[];
}

/** The draft's Understand steps and their intents: where a phrase can be added as an example. */
export function understandTargets(draft: FlowDraft): UnderstandTarget[] {
  return draft.nodes.flatMap((node) => {
    if (node.type !== "understand") return [];
    const data = node.data as { text?: unknown; intents?: { id?: unknown; name?: unknown }[] };
    const intents = (data.intents ?? []).flatMap((intent) =>
      typeof intent.id === "string" && intent.id ? [{ id: intent.id, name: typeof intent.name === "string" && intent.name ? intent.name : intent.id }] : [],
    );
    return [{ nodeId: node.id, text: typeof data.text === "string" ? data.text : "", intents }];
  });
}

/** Phrase keys of every example phrase in the draft: a wording already taught is no longer "unrecognised". */
export function taughtKeys(draft: FlowDraft): Set<string> {
  const keys = new Set<string>();
  for (const node of draft.nodes) {
    if (node.type !== "understand") continue;
    for (const intent of (node.data as { intents?: { examples?: unknown[] }[] }).intents ?? []) {
      for (const example of intent.examples ?? []) if (typeof example === "string") keys.add(phraseKey(example));
    }
  }
  return keys;
}
