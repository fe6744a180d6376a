import type { ReactNode } from "react";

/** A titled group of fields inside a panel. */
export function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-3 border-t border-slate-200 pt-4">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        {description ? <p className="mt-0.5 text-xs text-slate-500">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** The vertical rhythm of every panel. */
export function PanelBody({ children }: { children: ReactNode }) {
  return <div className="space-y-4">{children}</div>;
}
