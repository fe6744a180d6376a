import { z } from "zod";

/** A calendar day in the workspace's time zone. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-01.");

export const analyticsPresetSchema = z.enum(["today", "7d", "30d", "90d", "custom"]);
export type AnalyticsPreset = z.infer<typeof analyticsPresetSchema>;

export const analyticsChannelSchema = z.enum(["web", "widget", "api"]);
export type AnalyticsChannel = z.infer<typeof analyticsChannelSchema>;

const idSchema = z.string().trim().min(1).max(64);

/** What the dashboard, the CSV export and GET /api/v1/analytics/summary accept: a period (a preset, or custom days) and filters. */
export const analyticsFilterSchema = z.object({
  preset: analyticsPresetSchema.default("30d"),
  /** First and last day (inclusive) of a custom period, in the workspace's time zone. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  flowId: idSchema.optional(),
  /** A published version of flowId (needs flowId). */
  flowVersionId: idSchema.optional(),
  teamId: idSchema.optional(),
  agentId: idSchema.optional(),
  channel: analyticsChannelSchema.optional(),
});
export type AnalyticsFilter = z.infer<typeof analyticsFilterSchema>;
