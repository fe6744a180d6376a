"use client";

import { useEditorData } from "../editor/editor-data";
import { useFocusNode } from "../editor/use-focus-node";
import { useEditorStores } from "../editor/editor-stores";

/** Every problem of the draft; clicking one focuses its node (or opens the flow settings). */
export function ProblemsPanel() {
  const { validation } = useEditorData();
  const focusNode = useFocusNode();
  const { ui } = useEditorStores();
  const sorted = [...validation.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  if (sorted.length === 0) {
    return <p className="p-4 text-sm text-emerald-700">No problems: every path ends with an answer, a person or a callback.</p>;
  }
  return (
    <ul className="divide-y divide-slate-100" aria-label="Problems">
      {sorted.map((problem, index) => (
        <li key={`${problem.code}-${problem.nodeId ?? ""}-${problem.edgeId ?? ""}-${problem.field ?? ""}-${index}`}>
          <button
            type="button"
            onClick={() => (problem.nodeId ? focusNode(problem.nodeId) : ui.getState().setPanel("flow"))}
            className="flex w-full gap-2 px-4 py-3 text-left text-sm hover:bg-slate-50"
          >
            <span
              aria-label={problem.severity === "error" ? "Error" : "Warning"}
              className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${problem.severity === "error" ? "bg-red-600" : "bg-amber-500"}`}
            />
            <span className="text-slate-700">{problem.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
