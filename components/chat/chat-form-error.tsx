import type { ReactNode } from "react";

/**
 * An error in a chat form. Under a field (`id` for the field's aria-describedby) it is a line of red text; for the
 * whole form (`form`) it is a boxed alert that screen readers announce at once.
 */
export function ChatFormError({ id, form = false, children }: { id?: string; form?: boolean; children: ReactNode }) {
  if (!children) return null;
  return form ? (
    <p id={id} role="alert" className="rounded-xl bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100">
      {children}
    </p>
  ) : (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">
      {children}
    </p>
  );
}
