"use client";

import { forwardRef, useId, useLayoutEffect, useRef, useImperativeHandle } from "react";
import { inputHint } from "./input-hint";
import { lengthStatus } from "./message-limits";
import { readableTextColor } from "./readable-text-color";

interface ComposerProps {
  value: string;
  onChange(value: string): void;
  onSend(text: string): void;
  /** The bot's latest question's `inputKind`: the keyboard and hint to offer. */
  inputKind?: string;
  color: string;
  /** Why sending waits (a rate limit), if it does. */
  blockedFor?: string | null;
  placeholder?: string;
}

/** Grows with its text up to this, then scrolls. */
const MAX_HEIGHT_PX = 160;

/**
 * The message box: Enter sends, Shift+Enter starts a new line; 16 px text so
 * iOS does not zoom in; the right keyboard for the question; a counter near
 * the limit, and no sending over it. Empty or blank messages never go.
 */
export const Composer = forwardRef<HTMLTextAreaElement, ComposerProps>(function Composer(
  { value, onChange, onSend, inputKind, color, blockedFor, placeholder },
  ref,
) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => textarea.current!);
  const hintId = useId();
  const counterId = useId();
  const hint = inputHint(inputKind);
  const length = lengthStatus(value);
  const canSend = Boolean(value.trim()) && !length?.over && !blockedFor;

  useLayoutEffect(() => {
    const element = textarea.current;
    if (!element) return;
    element.style.height = "auto";
    element.style.height = `${Math.min(element.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [value]);

  const submit = () => {
    if (canSend) onSend(value.trim());
  };

  return (
    <form
      noValidate
      aria-label="Send a message"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="border-t border-slate-200 bg-white px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] dark:border-slate-800 dark:bg-slate-950"
    >
      <div className="flex items-end gap-2">
        <label htmlFor={`${hintId}-input`} className="sr-only">
          Your message
        </label>
        <textarea
          id={`${hintId}-input`}
          ref={textarea}
          rows={1}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            submit();
          }}
          inputMode={hint.inputMode}
          autoComplete={hint.autoComplete ?? "off"}
          enterKeyHint="send"
          placeholder={placeholder ?? hint.placeholder}
          aria-describedby={[blockedFor || hint.hint ? hintId : null, length ? counterId : null].filter(Boolean).join(" ") || undefined}
          aria-invalid={length?.over || undefined}
          className="min-h-11 min-w-0 flex-1 resize-none rounded-2xl border border-slate-300 bg-white px-3.5 py-2.5 text-base leading-snug text-slate-900 placeholder:text-slate-400 focus:border-transparent focus:ring-2 focus:outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
          style={{ "--tw-ring-color": color } as React.CSSProperties}
        />
        <button
          type="submit"
          disabled={!canSend}
          className="flex min-h-11 shrink-0 items-center rounded-2xl px-4 text-base font-medium focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-40 dark:focus-visible:ring-offset-slate-950"
          style={{ backgroundColor: color, color: readableTextColor(color), "--tw-ring-color": color } as React.CSSProperties}
        >
          Send
        </button>
      </div>
      <div className="flex min-h-5 items-start justify-between gap-3 px-1 pt-1 text-xs">
        <p id={hintId} className="text-slate-500 dark:text-slate-400">
          {blockedFor ?? hint.hint}
        </p>
        {length ? (
          <p
            id={counterId}
            aria-live="polite"
            className={length.over ? "shrink-0 font-medium text-red-700 dark:text-red-400" : "shrink-0 text-slate-500 dark:text-slate-400"}
          >
            {length.label}
          </p>
        ) : null}
      </div>
    </form>
  );
});
