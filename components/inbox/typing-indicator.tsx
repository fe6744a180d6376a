/**
 * "Dana is typing…" under the transcript, with three bouncing dots (still
 * when the system asks for reduced motion). The live region stays mounted so
 * screen readers announce the text when it appears, politely.
 */
export function TypingIndicator({ who, typing }: { who: string; typing: boolean }) {
  return (
    <div aria-live="polite" className="h-6 shrink-0 px-4 text-xs text-slate-500" data-testid="typing-indicator">
      {typing ? (
        <p className="flex items-center gap-1.5">
          <span aria-hidden="true" className="flex gap-0.5">
            {[0, 150, 300].map((delay) => (
              <span key={delay} className="size-1.5 rounded-full bg-slate-400 motion-safe:animate-bounce" style={{ animationDelay: `${delay}ms` }} />
            ))}
          </span>
          <span>{who} is typing…</span>
        </p>
      ) : null}
    </div>
  );
}
