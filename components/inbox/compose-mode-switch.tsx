import type { ComposeMode } from "./use-outbox";

const modes: { value: ComposeMode; label: string }[] = [
  { value: "reply", label: "Reply" },
  { value: "note", label: "Internal note" },
];

/** Reply to the customer, or write a note only agents see. */
export function ComposeModeSwitch({ mode, onChange }: { mode: ComposeMode; onChange: (mode: ComposeMode) => void }) {
  return (
    <div role="radiogroup" aria-label="Reply or internal note" className="inline-flex rounded-md bg-slate-100 p-0.5">
      {modes.map((option) => (
        <label
          key={option.value}
          className={`relative cursor-pointer rounded px-2.5 py-1 text-xs font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${
            mode === option.value ? (option.value === "note" ? "bg-amber-100 text-amber-900 shadow-sm" : "bg-white text-slate-900 shadow-sm") : "text-slate-600"
          }`}
        >
          <input
            type="radio"
            name="compose-mode"
            value={option.value}
            checked={mode === option.value}
            onChange={() => onChange(option.value)}
            className="absolute inset-0 cursor-pointer appearance-none rounded opacity-0"
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
