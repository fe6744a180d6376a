"use client";

import type { BuilderContext } from "../builder-context";
import { CheckboxField } from "../node-settings/controls/checkbox-field";
import { NumberField } from "../node-settings/controls/number-field";
import { SelectField } from "../node-settings/controls/select-field";
import { SliderField } from "../node-settings/controls/slider-field";
import { TextField } from "../node-settings/controls/text-field";
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
  const { sentiment, lowConfidence, repeated, repeatContact, newCustomer } = escalation;
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
        hint="Reacts to frustrated or urgent messages (giving up, blame, “not helping”, repeating, shouting, “urgent”…) in English, Spanish, French, German and Portuguese — acknowledged in words, never answered with “say it another way”."
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
        <NumberField
          label="Watch the mood over"
          hint="Messages: when the mood only goes down over this many, a milder sign of frustration is enough. 0 turns it off."
          value={sentiment.trendWindow}
          onChange={(trendWindow) => edit("sentiment", { trendWindow })}
          min={0}
          max={10}
          integer
        />
        <CheckboxField
          label="Earlier trouble lowers the bar"
          hint="After a misunderstood message, a rephrase, a repetition or an earlier sign of frustration, a milder sign is enough."
          checked={sentiment.signalsLowerBar}
          onChange={(signalsLowerBar) => edit("sentiment", { signalsLowerBar })}
        />
        <TextField
          label="Acknowledge with"
          hint="Said before the offer or the handoff. Empty: “I'm sorry this is frustrating.” (or “I understand this is urgent.”) in the customer's language."
          value={sentiment.acknowledgement}
          maxLength={300}
          onChange={(acknowledgement) => edit("sentiment", { acknowledgement })}
        />
      </TriggerCard>
      <TriggerCard
        label="Bot keeps not understanding"
        hint="Counts messages in a row that no intent matched well enough; a message the intents do recognise resets the count."
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
      <TriggerCard
        label="Customer needed a person recently"
        hint="A customer your site identified who was handed to a person within the last days goes straight to a person at their first message."
        enabled={repeatContact.enabled}
        onToggle={(enabled) => edit("repeatContact", { enabled })}
      >
        <NumberField
          label="Within (days)"
          value={repeatContact.withinDays}
          onChange={(withinDays) => edit("repeatContact", { withinDays })}
          min={1}
          max={365}
          integer
        />
        {target(repeatContact.targetNodeId, (targetNodeId) => edit("repeatContact", { targetNodeId }))}
      </TriggerCard>
      <TriggerCard
        label="New customer"
        hint="A customer your site identified who never chatted before goes straight to a person at their first message."
        enabled={newCustomer.enabled}
        onToggle={(enabled) => edit("newCustomer", { enabled })}
      >
        {target(newCustomer.targetNodeId, (targetNodeId) => edit("newCustomer", { targetNodeId }))}
      </TriggerCard>
      <TopicTriggersEditor topics={escalation.topics} onChange={(topics) => onChange({ ...escalation, topics })} context={context} />
    </div>
  );
}
