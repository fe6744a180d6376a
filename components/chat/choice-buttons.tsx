"use client";

import type { ChatMessage } from "./chat-message";

type Choice = NonNullable<ChatMessage["choices"]>[number];

const RATING_CHOICES: Choice[] = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n) }));

/**
 * The buttons of the bot's latest question (typing an answer works too).
 * A rating is a row of 1–5, named by its number, with what the ends mean.
 */
export function ChoiceButtons({ message, color, onChoose }: { message: ChatMessage; color: string; onChoose(choice: Choice, asText: boolean): void }) {
  const rating = message.inputKind === "rating";
  // A rating question without buttons still gets them; they are sent as the typed number.
  const choices = message.choices?.length ? message.choices : rating ? RATING_CHOICES : [];
  if (!choices.length) return null;
  const asText = !message.choices?.length;
  const button =
    "min-h-11 rounded-full border-2 bg-white px-4 text-[0.9375rem] font-medium transition-colors hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none dark:bg-slate-900 dark:text-slate-100! dark:hover:bg-slate-800 dark:focus-visible:ring-offset-slate-950";
  return (
    <div role="group" aria-label={rating ? "Rate this chat from 1 (poor) to 5 (great)" : "Suggested answers"} className="px-3 pb-2 sm:px-4">
      <div className={rating ? "flex gap-2" : "flex flex-wrap justify-end gap-2"}>
        {choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            onClick={() => onChoose(choice, asText)}
            className={`${button} ${rating ? "flex-1" : ""}`}
            style={{ borderColor: color, color, "--tw-ring-color": color } as React.CSSProperties}
          >
            {choice.label}
          </button>
        ))}
      </div>
      {rating ? (
        <p aria-hidden className="mt-1 flex justify-between px-1 text-xs text-slate-500 dark:text-slate-400">
          <span>Poor</span>
          <span>Great</span>
        </p>
      ) : null}
    </div>
  );
}
