"use client";

import { flowSettingsSchema, type FlowSettings } from "@/server/flow/schema";
import type { BuilderContext } from "../builder-context";
import { Section } from "../node-settings/controls/section";
import { AppearanceSettings } from "./appearance-settings";
import { DeclaredVariablesEditor } from "./declared-variables-editor";
import { EscalationSettings } from "./escalation-settings";

export interface FlowSettingsPanelProps {
  settings: FlowSettings;
  onChange(settings: FlowSettings): void;
  context: BuilderContext;
}

/** Flow-level settings: escalation triggers, declared variables, appearance. Only settings that parse are written. */
export function FlowSettingsPanel({ settings, onChange, context }: FlowSettingsPanelProps) {
  const commit = (next: FlowSettings) => {
    const parsed = flowSettingsSchema.safeParse(next);
    if (parsed.success) onChange(parsed.data);
  };
  return (
    <div className="space-y-4 p-4" data-testid="flow-settings">
      <div>
        <h2 className="text-sm font-semibold text-slate-900">Flow settings</h2>
        <p className="mt-0.5 text-xs text-slate-500">Apply to every step of this flow.</p>
      </div>
      <Section
        title="When to bring in a person"
        description="Checked on every customer message, before the current step answers. Each trigger sends the chat to a step — usually a Route or handoff step."
      >
        <EscalationSettings escalation={settings.escalation} onChange={(escalation) => commit({ ...settings, escalation })} context={context} />
      </Section>
      <Section title="Variables" description="Declare variables that texts use but no step fills, so the checks know them.">
        <DeclaredVariablesEditor variables={settings.variables} onChange={(variables) => commit({ ...settings, variables })} />
      </Section>
      <Section title="Appearance">
        <AppearanceSettings appearance={settings.appearance} onChange={(appearance) => commit({ ...settings, appearance })} />
      </Section>
    </div>
  );
}
