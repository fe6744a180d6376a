import { z } from "zod";
import type { HandoffReason } from "../db/generated/enums";
import { handoffReasonSchema } from "../engine/engine-state";
import { conditionRuleSchema } from "../flow/nodes/condition";

/** The reasons a rule can look at: every way into a queue but a transfer (which keeps the priority it had) — the engine's reasons. */
export const priorityReasons = handoffReasonSchema.options;
export type PriorityReason = (typeof priorityReasons)[number];
// The engine's reasons and the database's enum (plus "transfer" and "email_reply", which no bot trigger gives) are the same set: a reason added on one side does not compile until the other has it.
const _everyReason: [Exclude<HandoffReason, "transfer" | "email_reply">] extends [PriorityReason]
  ? [PriorityReason] extends [HandoffReason]
    ? true
    : never
  : never = true;

const boostSchema = z
  .number({ error: "Enter the points this rule adds." })
  .int("Use a whole number.")
  .min(1, "Add at least 1 point.")
  .max(100, "Add at most 100 points.");
const ruleIdSchema = z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/, "Not a rule id.");

/**
 * One priority rule: when a conversation joins a queue and the rule
 * matches — a flow variable compared as in the Condition step, or the
 * reason it was handed over — it gets `boost` more points. Higher is served
 * first, then the longest waiting.
 */
export const priorityRuleSchema = z.discriminatedUnion("kind", [
  conditionRuleSchema.extend({ id: ruleIdSchema, kind: z.literal("variable"), boost: boostSchema }).superRefine((rule, ctx) => {
    if (rule.operator !== "is_set" && rule.operator !== "is_not_set" && rule.value.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Enter the value to compare with." });
    }
  }),
  z.object({
    id: ruleIdSchema,
    kind: z.literal("reason"),
    reasons: z.array(z.enum(priorityReasons)).min(1, "Choose at least one reason."),
    boost: boostSchema,
  }),
]);
export type PriorityRule = z.infer<typeof priorityRuleSchema>;

export const MAX_PRIORITY_RULES = 20;

export const priorityRulesSchema = z
  .array(priorityRuleSchema)
  .max(MAX_PRIORITY_RULES, `Keep it to ${MAX_PRIORITY_RULES} rules.`)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "Two rules have the same id." });
      seen.add(rule.id);
    });
  });

export const savePriorityRulesInputSchema = z.object({ rules: priorityRulesSchema });
export type SavePriorityRulesInput = z.infer<typeof savePriorityRulesInputSchema>;

/** What a workspace starts with (the column's default in the migration, too): VIPs first, then frustrated customers. */
export const DEFAULT_PRIORITY_RULES: PriorityRule[] = [
  { id: "vip-true", kind: "variable", variable: "vip", operator: "equals", value: "true", boost: 10 },
  { id: "vip-yes", kind: "variable", variable: "vip", operator: "equals", value: "yes", boost: 10 },
  { id: "frustrated", kind: "reason", reasons: ["sentiment"], boost: 1 },
];
