import type { NodeData, NodeType } from "@/server/flow/node-catalog";
import { readDraftData } from "@/server/flow/read-draft-data";
import { fieldError } from "./field-errors";
import type { NodeSettingsProps } from "./node-settings-props";

/** Looks up the friendly error for a field path; `exact` skips errors inside it (a list's own error). */
export type ErrorLookup = (path: string, exact?: boolean) => string | undefined;

/**
 * Binds a panel to its node: typed current values (defaults where the draft
 * has none), writers that keep the rest of the raw data untouched, and the
 * friendly error for a field path.
 */
export function nodeForm<T extends NodeType>(type: T, { data, onChange, errors, context }: NodeSettingsProps) {
  type Data = NodeData<T>;
  return {
    values: readDraftData(type, data),
    context,
    set<K extends keyof Data & string>(key: K, value: Data[K]) {
      onChange({ ...data, [key]: value });
    },
    patch(changes: Partial<Data>) {
      onChange({ ...data, ...changes });
    },
    error: ((path, exact = false) => fieldError(errors, path, exact)) as ErrorLookup,
  };
}
