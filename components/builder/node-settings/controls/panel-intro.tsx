import type { ReactNode } from "react";

export interface ExitHelp {
  label: string;
  when: ReactNode;
}

/** When each of the node's exits is taken (and anything its one-line description leaves out), at the top of its panel. */
export function PanelIntro({ children, exits = [] }: { children?: ReactNode; exits?: ExitHelp[] }) {
  return (
    <div className="space-y-2 text-sm text-slate-600">
      {children ? <p>{children}</p> : null}
      {exits.length ? (
        <dl className="space-y-1 rounded-md bg-slate-50 px-3 py-2 text-xs">
          {exits.map((exit) => (
            <div key={exit.label} className="flex gap-1.5">
              <dt className="shrink-0 font-semibold text-slate-700">{exit.label}:</dt>
              <dd>{exit.when}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
