"use client";

import type { BuilderContext } from "../builder-context";
import { NumberField } from "../node-settings/controls/number-field";
import { SelectField } from "../node-settings/controls/select-field";
import { SliderField } from "../node-settings/controls/slider-field";
import { NodeTargetSelect } from "./node-target-select";
import { describeSentiment } from "./sentiment-words";
import type { Escalation } from "./settings-schemas";
import { TopicTriggersEditor } from "./topic-triggers-editor";
import { TriggerCard } from "./trigger-card";

export interface EscalationSettingsProps {
  escalation: Escalation;
  onChange(escalation: Escalation): void;
  context: BuilderContext;
}

/** The flow-level triggers that bring in a person, each pointing at a step. */
export function EscalationSettings({ escalation, onChange, context }: EscalationSettingsProps) {
  const { sentiment, lowConfidence, repeated } = escalation;
  const edit = <K extends keyof Escalation>(key: K, changes: Partial<Escalation[K]>) =>
    onChange({ ...escalation, [key]: { ...(escalation[key] as object), ...changes } });
  const target = (value: string | null, onTarget: (id: string | null) => void) => (
    <NodeTargetSelect label="Go to" value={value} onChange={onTarget} nodes={context.nodes} />
  );

  return (
    <div className="space-y-3">
      <NodeTargetSelect
        label="Default escalation path"
        hint="Where the triggers below lead unless they name their own step — usually a Route or handoff step."
        value={escalation.defaultTargetNodeId}
        onChange={(defaultTargetNodeId) => onChange({ ...escalation, defaultTargetNodeId })}
        nodes={context.nodes}
        nullLabel="Automatic: the first Route or handoff step"
      />
      <TriggerCard label="Customer asks for a person" hint="Always on: typing “I want to talk to someone” or pressing “Talk to a person” escalates.">
        {target(escalation.explicitRequest.targetNodeId, (targetNodeId) => edit("explicitRequest", { targetNodeId }))}
      </TriggerCard>
      <TriggerCard
        label="Customer gets upset"
        hint="Reacts to angry or frustrated messages."
        enabled={sentiment.enabled}
        onToggle={(enabled) => edit("sentiment", { enabled })}
      >
        <SliderField
          label="React when the customer sounds"
          value={sentiment.threshold}
          onChange={(threshold) => edit("sentiment", { threshold })}
          min={-1}
          max={0}
          step={0.05}
          describe={(value) => `${describeSentiment(value)} or worse`}
          ends={["Only when furious", "At the first sign"]}
        />
        <SelectField
          label="Then"
          value={sentiment.action}
          options={[
            { value: "offer", label: "Offer a person (the customer chooses)" },
            { value: "handoff", label: "Hand over at once" },
          ]}
          onChange={(action) => edit("sentiment", { action })}
        />
        {target(sentiment.targetNodeId, (targetNodeId) => edit("sentiment", { targetNodeId }))}
      </TriggerCard>
      <TriggerCard
        label="Bot keeps not understanding"
        hint="Counts messages in a row that no intent matched well enough."
        enabled={lowConfidence.enabled}
        onToggle={(enabled) => edit("lowConfidence", { enabled })}
      >
        <NumberField
          label="Misunderstood messages in a row"
          value={lowConfidence.count}
          onChange={(count) => edit("lowConfidence", { count })}
          min={1}
          max={10}
          integer
        />
        {target(lowConfidence.targetNodeId, (targetNodeId) => edit("lowConfidence", { targetNodeId }))}
      </TriggerCard>
      <TriggerCard
        label="Customer repeats themselves"
        hint="Sending almost the same message again usually means the bot isn't helping."
        enabled={repeated.enabled}
        onToggle={(enabled) => edit("repeated", { enabled })}
      >
        {target(repeated.targetNodeId, (targetNodeId) => edit("repeated", { targetNodeId }))}
      </TriggerCard>
      <TopicTriggersEditor topics={escalation.topics} onChange={(topics) => onChange({ ...escalation, topics })} context={context} />
    </div>
  );
}
