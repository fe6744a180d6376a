import type { ComposeMode } from "./use-outbox";

export interface ComposerDraft {
  mode: ComposeMode;
  text: string;
}

const key = (conversationId: string) => `tandem.inbox.draft.${conversationId}`;

/**
 * What an agent had typed in a conversation's composer, kept per
 * conversation in this tab (sessionStorage: it survives moving to another
 * conversation and a reload, and is gone with the tab). Storage that is
 * full or blocked only means drafts are not kept.
 */
export const composerDrafts = {
  read(conversationId: string): ComposerDraft {
    try {
      const saved = JSON.parse(sessionStorage.getItem(key(conversationId)) ?? "null") as Partial<ComposerDraft> | null;
      if (saved && typeof saved.text === "string") return { mode: saved.mode === "note" ? "note" : "reply", text: saved.text };
    } catch {
      // unreadable: no draft
    }
    return { mode: "reply", text: "" };
  },
  write(conversationId: string, draft: ComposerDraft) {
    try {
      if (draft.text) sessionStorage.setItem(key(conversationId), JSON.stringify(draft));
      else sessionStorage.removeItem(key(conversationId));
    } catch {
      // full or blocked: the draft is simply not kept
    }
  },
};
