import type { Metadata } from "next";
import { PriorityRulesEditor } from "@/components/settings/priority-rules-editor";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { reasonLabel } from "@/server/engine/reason-label";
import { loadPrioritySettings } from "@/server/handoff/load-priority-settings";
import { DEFAULT_PRIORITY_RULES, MAX_PRIORITY_RULES, priorityReasons } from "@/server/handoff/priority-rule-schemas";

export const metadata: Metadata = { title: "Priorities" };

export default async function PrioritiesPage() {
  const viewer = await requireAdmin("/settings/priorities");
  const { rules, variables } = await loadPrioritySettings(await getDb(), viewer.workspaceId);
  return (
    <PriorityRulesEditor
      initialRules={rules}
      defaultRules={DEFAULT_PRIORITY_RULES}
      variables={variables}
      reasons={priorityReasons.map((value) => ({ value, label: reasonLabel(value)! }))}
      maxRules={MAX_PRIORITY_RULES}
    />
  );
}
