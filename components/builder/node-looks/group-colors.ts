import type { NodeGroup } from "@/server/flow/define-node";

export interface GroupColors {
  /** A strong fill: stripes, dots, minimap. */
  accent: string;
  /** A light fill: node header, icon chip. */
  soft: string;
  /** Text and icons on `soft` or white. */
  text: string;
  /** The group's name in the palette. */
  label: string;
  /** The accent as a colour value, for SVG (the minimap). */
  hex: string;
}

/** Colours per node group; written out in full so Tailwind finds the classes. */
export const groupColors: Record<NodeGroup, GroupColors> = {
  start: { accent: "bg-emerald-500", soft: "bg-emerald-50", text: "text-emerald-700", label: "Start", hex: "#10b981" },
  conversation: { accent: "bg-sky-500", soft: "bg-sky-50", text: "text-sky-700", label: "Conversation", hex: "#0ea5e9" },
  understanding: { accent: "bg-violet-500", soft: "bg-violet-50", text: "text-violet-700", label: "Understanding", hex: "#8b5cf6" },
  escalation: { accent: "bg-amber-500", soft: "bg-amber-50", text: "text-amber-800", label: "Escalation", hex: "#f59e0b" },
  integrations: { accent: "bg-slate-500", soft: "bg-slate-100", text: "text-slate-700", label: "Integrations", hex: "#64748b" },
  end: { accent: "bg-rose-500", soft: "bg-rose-50", text: "text-rose-700", label: "End", hex: "#f43f5e" },
};
