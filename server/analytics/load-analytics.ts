import "server-only";
import type { DbClient } from "../db/db-client";
import { reasonLabel } from "../engine/reason-label";
import type { AnalyticsFilter } from "./analytics-schemas";
import { labelNodes } from "./label-nodes";
import { queryCallbacks } from "./query-callbacks";
import { queryConversationFigures } from "./query-conversation-figures";
import { queryCsat } from "./query-csat";
import { queryDailySeries, queryHandoffBreakdowns } from "./query-breakdowns";
import { queryHandoffSet } from "./query-handoff-set";
import { resolveAnalyticsScope, type AnalyticsReader } from "./resolve-analytics-scope";
import { daysOf } from "./resolve-period";
import { withAnalyticsSession } from "./with-analytics-session";
import { compared, rate } from "./shape-figures";

const HANDOFF_REASONS = [
  "explicit_request",
  "button",
  "sentiment",
  "low_confidence",
  "repeated",
  "repeat_contact",
  "new_customer",
  "topic_rule",
  "flow",
  "transfer",
  "email_reply",
] as const;

/**
 * The dashboard's figures for a period and filters, with the previous period beside each:
 * every number comes from aggregate SQL over the workspace's conversations started in the
 * period (its cohort), never from rows loaded into Node.
 */
export async function loadAnalytics(db: DbClient, reader: AnalyticsReader, filter: AnalyticsFilter, now: Date) {
  const scope = await resolveAnalyticsScope(db, reader, filter, now);
  const [conversations, { handoffs, people, repeat }, breakdowns, daily, csat, callbacks, nodes] = await withAnalyticsSession(db, async (tx) => {
    const figures = [
      await queryConversationFigures(tx, scope),
      await queryHandoffSet(tx, scope),
      await queryHandoffBreakdowns(tx, scope),
      await queryDailySeries(tx, scope),
      await queryCsat(tx, scope),
      await queryCallbacks(tx, scope, now),
    ] as const;
    return [...figures, await labelNodes(tx, scope.workspaceId, figures[2].nodes.slice(0, 20))] as const;
  });
  const c = conversations;
  const h = handoffs;
  const average = (sum: number, n: number) => (n > 0 ? sum / n : null);
  return {
    period: scope.period,
    timeZone: scope.timeZone,
    generatedAt: now.toISOString(),
    kpis: {
      started: compared(c.current.started, c.previous.started),
      escalated: compared(c.current.escalated, c.previous.escalated),
      containmentRate: compared(rate(c.current.contained, c.current.started), rate(c.previous.contained, c.previous.started)),
      escalationRate: compared(rate(c.current.escalated, c.current.started), rate(c.previous.escalated, c.previous.started)),
      waitP50Seconds: compared(h.current.wait.p50, h.previous.wait.p50),
      waitP90Seconds: compared(h.current.wait.p90, h.previous.wait.p90),
      abandonedInQueue: compared(h.current.abandoned, h.previous.abandoned),
      noAgent: compared(h.current.noAgent.total, h.previous.noAgent.total),
      firstReplyP50Seconds: compared(h.current.firstReply.p50, h.previous.firstReply.p50),
      handleP50Seconds: compared(h.current.handle.p50, h.previous.handle.p50),
      resolutionRate: compared(rate(h.current.resolved, h.current.finished), rate(h.previous.resolved, h.previous.finished)),
      handedBack: compared(h.current.handedBack, h.previous.handedBack),
      csat: compared(average(c.current.ratingSum, c.current.rated), average(c.previous.ratingSum, c.previous.rated)),
      repeatEscalations: compared(repeat.current.conversations, repeat.previous.conversations),
    },
    conversations,
    handoffs,
    reasons: HANDOFF_REASONS.map((reason) => ({
      reason,
      label: reasonLabel(reason) ?? reason,
      ...(breakdowns.reasons.get(reason) ?? { current: 0, previous: 0 }),
    })),
    nodes,
    daily: daysOf(scope.period).map((day) => ({ day, ...(daily.get(day) ?? { started: 0, escalated: 0, contained: 0 }) })),
    csat: {
      overall: { rated: c.current.rated, average: average(c.current.ratingSum, c.current.rated) },
      botOnly: { rated: c.current.botOnlyRated, average: average(c.current.botOnlyRatingSum, c.current.botOnlyRated) },
      withPerson: { rated: c.current.withPersonRated, average: average(c.current.withPersonRatingSum, c.current.withPersonRated) },
      distribution: csat.distribution,
      comments: csat.comments,
    },
    callbacks,
    repeatEscalation: repeat,
    teams: people.teams,
    agents: people.agents,
  };
}

export type AnalyticsReport = Awaited<ReturnType<typeof loadAnalytics>>;
