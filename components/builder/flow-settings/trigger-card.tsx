import type { ReactNode } from "react";
import { CheckboxField } from "../node-settings/controls/checkbox-field";

export interface TriggerCardProps {
  label: string;
  hint: ReactNode;
  /** Omitted for triggers that are always on. */
  enabled?: boolean;
  onToggle?(enabled: boolean): void;
  children?: ReactNode;
}

/** One escalation trigger: a switch, what it does, and its settings while on. */
export function TriggerCard({ label, hint, enabled, onToggle, children }: TriggerCardProps) {
  const on = enabled ?? true;
  return (
    <div role="group" aria-label={label} className="space-y-3 rounded-lg border border-slate-200 p-3">
      {onToggle ? (
        <CheckboxField label={label} hint={hint} checked={on} onChange={onToggle} />
      ) : (
        <div>
          <p className="text-sm font-medium text-slate-700">{label}</p>
          <p className="mt-0.5 text-xs text-slate-500">{hint}</p>
        </div>
      )}
      {on ? children : null}
    </div>
  );
}
