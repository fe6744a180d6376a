import { z } from "zod";

/** The periods the canvas offers, in days back from now. */
export const overlayDaysSchema = z.union([z.literal(7), z.literal(30), z.literal(90)]);

export const flowOverlayInputSchema = z.object({
  flowId: z.string().min(1).max(100),
  /** A published version of the flow; absent: the live one (else the newest). */
  versionId: z.string().min(1).max(100).nullish(),
  days: overlayDaysSchema.default(30),
});
export type FlowOverlayInput = z.input<typeof flowOverlayInputSchema>;

/** One aggregate row of the overlay query (see query-flow-overlay.ts for what each kind counts). */
export const overlayRowSchema = z.object({
  kind: z.enum(["visit", "exit", "legacy", "escalation", "unrecognised", "ended", "conversations"]),
  node: z.string().nullable(),
  key: z.string().nullable(),
  n: z.coerce.number().int(),
  m: z.coerce.number().int(),
});
export type OverlayRow = z.infer<typeof overlayRowSchema>;

export interface NodeMetrics {
  nodeId: string;
  visits: number;
  /** Distinct conversations that reached the step. */
  conversations: number;
  /** Conversations without a person whose last step was this one: finished (an end, a booked callback) or left here. */
  completed: number;
  left: number;
  escalations: number;
  /** Customer messages this step could not place (Analytics → Not understood). */
  unrecognised: number;
  escalationsByReason: { reason: string; count: number }[];
  /** Departures through an exit, all exits together. */
  departures: number;
  /** 0 (no traffic) … 5 (the busiest step), on a log scale. */
  heat: number;
}

export interface EdgeMetrics {
  edgeId: string;
  source: string;
  sourceHandle: string;
  count: number;
  /** Of those, derived from events recorded before exits were (a unique edge between the two steps). */
  derived: number;
  /** count ÷ the source step's departures (0 when it had none). */
  share: number;
}

export interface FlowOverlayMetrics {
  conversations: number;
  maxVisits: number;
  /** The legend: each heat level's smallest visit count (null: no count falls in that level). */
  heatThresholds: (number | null)[];
  nodes: NodeMetrics[];
  edges: EdgeMetrics[];
}
