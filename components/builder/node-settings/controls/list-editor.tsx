"use client";

import type { ReactNode } from "react";

export interface ListEditorProps<T> {
  items: readonly T[];
  onChange(items: T[]): void;
  /** "intent", "rule", "choice": used in the buttons' names ("Remove intent 2"). */
  itemName: string;
  /** The heading of each item's card. */
  itemTitle(item: T, index: number): string;
  itemKey(item: T, index: number): string;
  renderItem(item: T, index: number, update: (item: T) => void): ReactNode;
  /** Shown when the list is empty. */
  empty?: ReactNode;
}

const iconButton =
  "rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-30 disabled:hover:bg-transparent focus-visible:outline-2 focus-visible:outline-brand-600";

/** Cards for the items of a list, each movable up/down and removable. */
export function ListEditor<T>({ items, onChange, itemName, itemTitle, itemKey, renderItem, empty }: ListEditorProps<T>) {
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  if (items.length === 0) return empty ? <div className="text-sm text-slate-500">{empty}</div> : null;
  return (
    <ol className="space-y-3">
      {items.map((item, index) => {
        const title = itemTitle(item, index);
        const n = `${itemName} ${index + 1}`;
        return (
          <li key={itemKey(item, index)} aria-label={title} className="rounded-lg border border-slate-200 bg-slate-50/60 p-3">
            <div className="mb-2 flex items-center gap-1">
              <span className="min-w-0 flex-1 truncate text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</span>
              <button type="button" aria-label={`Move ${n} up`} disabled={index === 0} onClick={() => move(index, index - 1)} className={iconButton}>
                <Arrow up />
              </button>
              <button
                type="button"
                aria-label={`Move ${n} down`}
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
                className={iconButton}
              >
                <Arrow />
              </button>
              <button
                type="button"
                aria-label={`Remove ${n}`}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
                className={`${iconButton} hover:text-red-700`}
              >
                <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden>
                  <path d="M4 4l8 8M12 4l-8 8" strokeLinecap="round" />
                </svg>
              </button>
            </div>
            <div className="space-y-3">{renderItem(item, index, (updated) => onChange(items.map((other, i) => (i === index ? updated : other))))}</div>
          </li>
        );
      })}
    </ol>
  );
}

function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg viewBox="0 0 16 16" className={`size-3.5 ${up ? "rotate-180" : ""}`} fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden>
      <path d="M8 3v10M4 9l4 4 4-4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
