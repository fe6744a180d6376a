import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface CardFormProps {
  /** The form's accessible name, e.g. "New team". */
  label: string;
  title: string;
  /** A message about the whole form (field messages show beside their fields). */
  error: string | null;
  pending: boolean;
  submitLabel: string;
  pendingLabel?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}

/** A create or edit form in a card of its own: its title, what went wrong, the fields, then the submit button and Cancel. */
export function CardForm({ label, title, error, pending, submitLabel, pendingLabel = "Saving…", onSubmit, onCancel, children }: CardFormProps) {
  return (
    <form
      noValidate
      aria-label={label}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 className="text-base font-semibold">{title}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {children}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
