"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TEMPLATE_VARIABLE } from "@/server/flow/template-variable";
import { CannedReplyMenu } from "./canned-reply-menu";
import { composerDrafts } from "./composer-drafts";
import { ComposeModeSwitch } from "./compose-mode-switch";
import { useCannedReplyMenu } from "./use-canned-reply-menu";
import type { ComposeMode } from "./use-outbox";

const LIMIT = 4000;
const WARN_FROM = 3500;

/**
 * Where the agent writes: Enter sends, Shift+Enter starts a new line, "/"
 * opens canned replies, Escape leaves the field (so shortcuts work again).
 * Replies go to the customer (who sees "… is typing" while we write one);
 * notes stay among agents. The text is cleared as it is sent and put back if
 * sending fails. A reply still holding a canned reply's {{placeholder}} is
 * not sent on the first Enter: the placeholder is selected and pointed out,
 * and a second Enter sends the text as it is. What is typed is kept per
 * conversation (composerDrafts), so moving to another one loses nothing.
 * `notesOnly`: for agents who may read but not answer (a teammate's or a
 * queued conversation) — they can still leave a note for whoever handles it.
 */
export function Composer({
  conversationId,
  customerLabel,
  error,
  onSubmit,
  placeholders,
  textareaRef,
  typing,
  notesOnly = false,
}: {
  conversationId: string;
  customerLabel: string;
  error: string | null;
  /** What {{placeholders}} in canned replies are filled with (the conversation's replyPlaceholders). */
  placeholders: Readonly<Record<string, string>>;
  onSubmit: (mode: ComposeMode, text: string) => Promise<boolean>;
  textareaRef: React.RefObject<HTMLTextAreaElement | null>;
  /** Tells the customer we are typing a reply (never for notes). */
  typing: { keystroke: () => void; stop: () => void };
  notesOnly?: boolean;
}) {
  const [draft] = useState(() => composerDrafts.read(conversationId));
  const [chosenMode, setMode] = useState<ComposeMode>(draft.mode);
  const [text, setText] = useState(draft.text);
  const mode: ComposeMode = notesOnly ? "note" : chosenMode;
  // Accepting turns a notes-only box into the reply box: a note typed but not sent stays a note, never a reply by surprise.
  const [wasNotesOnly, setWasNotesOnly] = useState(notesOnly);
  if (wasNotesOnly !== notesOnly) {
    setWasNotesOnly(notesOnly);
    if (wasNotesOnly && text) setMode("note");
  }
  useEffect(() => composerDrafts.write(conversationId, { mode, text }), [conversationId, mode, text]);
  const [caret, setCaret] = useState(0);
  // The text for which the agent was told about an unfilled placeholder; sending that same text again goes ahead.
  const [warnedFor, setWarnedFor] = useState<string | null>(null);
  const hintId = useId();
  const nextSelection = useRef<{ start: number; end: number } | null>(null);
  const textId = useId();
  const counterId = useId();
  const canned = useCannedReplyMenu(text, caret, placeholders, (next) => {
    nextSelection.current = next.selection;
    setText(next.text);
    setCaret(next.selection.start);
  });
  const tooLong = text.length > LIMIT;
  // Shown while the text is the one warned about; any edit clears it.
  const warning = warnedFor !== null && warnedFor === text ? (text.matchAll(TEMPLATE_VARIABLE).next().value?.[0] ?? null) : null;

  useLayoutEffect(() => {
    const element = textareaRef.current;
    if (element && nextSelection.current !== null) {
      element.setSelectionRange(nextSelection.current.start, nextSelection.current.end);
      nextSelection.current = null;
    }
  }, [text, textareaRef]);

  const submit = async () => {
    const value = text;
    if (!value.trim() || tooLong) return;
    const unfilled = mode === "reply" ? value.matchAll(TEMPLATE_VARIABLE).next().value : undefined;
    if (unfilled && warnedFor !== value) {
      setWarnedFor(value);
      textareaRef.current?.focus();
      textareaRef.current?.setSelectionRange(unfilled.index, unfilled.index + unfilled[0].length);
      return;
    }
    setWarnedFor(null);
    typing.stop();
    setText("");
    setCaret(0);
    const sent = await onSubmit(mode, value.trim());
    if (!sent) setText((current) => (current === "" ? value : current));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (canned.onKeyDown(event)) return event.preventDefault();
    if (event.key === "Escape") {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form
      aria-label={mode === "reply" ? `Reply to ${customerLabel}` : "Internal note"}
      className="border-t border-slate-200 bg-white px-4 py-3"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error ? (
        <p role="alert" className="mb-2 rounded-md border border-red-200 bg-red-50 px-3 py-1.5 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="relative">
        {canned.menu ? <CannedReplyMenu {...canned.menu} /> : null}
        <label htmlFor={textId} className="sr-only">
          Message
        </label>
        <textarea
          id={textId}
          ref={textareaRef}
          value={text}
          rows={3}
          placeholder={
            mode === "reply"
              ? `Reply to ${customerLabel} — Enter to send, Shift+Enter for a new line, / for canned replies`
              : "Internal note — only agents see this"
          }
          aria-describedby={warning ? `${hintId} ${counterId}` : counterId}
          aria-invalid={tooLong || undefined}
          {...canned.textareaProps}
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart);
            if (mode === "reply" && event.target.value.trim()) typing.keystroke();
            else typing.stop();
          }}
          onBlur={typing.stop}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          className={`block w-full resize-none rounded-md border px-3 py-2 text-sm focus:outline-none focus:ring-2 ${
            mode === "note" ? "border-amber-300 bg-amber-50 focus:ring-amber-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
          }`}
        />
      </div>
      {warning ? (
        <p id={hintId} role="status" className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
          <code>{warning}</code> isn&apos;t filled in. Type over it, or press Enter again to send the reply as it is.
        </p>
      ) : null}
      <div className="mt-2 flex items-center justify-between gap-3">
        {notesOnly ? (
          <span className="text-xs text-slate-500">Only agents see notes.</span>
        ) : (
          <ComposeModeSwitch
            mode={mode}
            onChange={(next) => {
              if (next === "note") typing.stop();
              setMode(next);
            }}
          />
        )}
        <div className="flex items-center gap-3">
          <p id={counterId} className={`text-xs tabular-nums ${tooLong ? "font-medium text-red-700" : "text-slate-500"}`}>
            {tooLong
              ? `Too long by ${(text.length - LIMIT).toLocaleString()} characters`
              : text.length >= WARN_FROM
                ? `${text.length.toLocaleString()} / ${LIMIT.toLocaleString()}`
                : ""}
          </p>
          <Button type="submit" disabled={!text.trim() || tooLong}>
            {mode === "reply" ? "Send" : "Add note"}
          </Button>
        </div>
      </div>
    </form>
  );
}
