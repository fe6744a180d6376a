"use client";

import type { NodeData } from "@/server/flow/node-catalog";
import type { BuilderContext } from "../builder-context";
import { AddByName } from "./controls/add-by-name";
import { errorClass } from "./controls/control-styles";
import { ListEditor } from "./controls/list-editor";
import { Section } from "./controls/section";
import { TeamSelect } from "./controls/team-select";
import { TextField } from "./controls/text-field";
import { newRouteRule } from "./new-items";
import type { ErrorLookup } from "./node-form";
import { RuleFields } from "./rule-fields";

type RouteRule = NodeData<"route">["rules"][number];
const MAX_RULES = 30;

export function RouteRulesEditor({
  rules,
  onChange,
  error,
  context,
}: {
  rules: RouteRule[];
  onChange(rules: RouteRule[]): void;
  error: ErrorLookup;
  context: BuilderContext;
}) {
  return (
    <Section title="Rules" description="A rule matches by the customer's intent, language, a variable, or several of them together.">
      <ListEditor
        items={rules}
        onChange={onChange}
        itemName="rule"
        itemKey={(rule, index) => rule.id || `index-${index}`}
        itemTitle={(rule, index) => rule.label || `Rule ${index + 1}`}
        empty="No rules yet: every conversation takes the Default exit."
        renderItem={(rule, index, update) => {
          const path = `rules.${index}`;
          return (
            <>
              <TextField
                label="Name"
                hint="Shown on the exit."
                value={rule.label}
                maxLength={60}
                onChange={(label) => update({ ...rule, label })}
                error={error(`${path}.label`) ?? error(`${path}.id`)}
              />
              <TextField
                label="Intent (optional)"
                hint="An intent's name from an Understand node, e.g. Billing question."
                value={rule.intent}
                maxLength={60}
                onChange={(intent) => update({ ...rule, intent })}
                error={error(`${path}.intent`)}
              />
              <TextField
                label="Language (optional)"
                hint="The customer's language as a code, e.g. es, fr or pt-br (detected from their messages)."
                value={rule.language}
                maxLength={12}
                onChange={(language) => update({ ...rule, language })}
                error={error(`${path}.language`)}
              />
              <RuleFields rule={rule} onChange={update} path={path} error={error} variables={context.variables} optional />
              {!rule.intent && !rule.variable && !rule.language ? (
                <p className="text-xs text-amber-700">This rule never matches: give it an intent, a language or a variable.</p>
              ) : null}
              <TeamSelect
                label="Team"
                value={rule.teamId}
                onChange={(teamId) => update({ ...rule, teamId })}
                teams={context.teams}
                emptyLabel="Choose a team…"
                error={error(`${path}.teamId`)}
              />
            </>
          );
        }}
      />
      {error("rules", true) ? <p className={errorClass}>{error("rules", true)}</p> : null}
      <AddByName
        label="New rule"
        placeholder="e.g. Billing"
        buttonLabel="Add rule"
        disabled={rules.length >= MAX_RULES}
        hint={rules.length >= MAX_RULES ? `At most ${MAX_RULES} rules.` : undefined}
        validate={(label) => (label.length > 60 ? "Keep the name to 60 characters or fewer." : undefined)}
        onAdd={(label) => onChange([...rules, newRouteRule(label, rules)])}
      />
    </Section>
  );
}
