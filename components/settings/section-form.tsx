import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface SectionFormProps {
  /** The form's accessible name, e.g. "Business hours of Billing". */
  label: string;
  title: string;
  description?: string;
  error: string | null;
  saved: string | null;
  pending: boolean;
  submitLabel: string;
  pendingLabel?: string;
  onSubmit: () => void;
  children: React.ReactNode;
  /** Buttons beside the submit button (presets, "Add holiday"…). */
  actions?: React.ReactNode;
}

/** One section of a settings editor: its fields, a save button, and what happened when it saved. */
export function SectionForm({
  label,
  title,
  description,
  error,
  saved,
  pending,
  submitLabel,
  pendingLabel = "Saving…",
  onSubmit,
  children,
  actions,
}: SectionFormProps) {
  return (
    <form
      noValidate
      aria-label={label}
      className="space-y-4 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        {description ? <p className="mt-1 text-sm text-slate-500">{description}</p> : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {actions}
        {saved ? (
          <span role="status" className="text-sm text-emerald-700">
            {saved}
          </span>
        ) : null}
      </div>
    </form>
  );
}
