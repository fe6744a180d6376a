/** Heat levels 0 (no traffic) … 5 (busiest), written out in full so Tailwind finds the classes. */
export const heatColors = [
  { card: "border-slate-200 bg-white", bar: "bg-slate-200", swatch: "bg-slate-100" },
  { card: "border-sky-200 bg-sky-50", bar: "bg-sky-300", swatch: "bg-sky-200" },
  { card: "border-teal-300 bg-teal-50", bar: "bg-teal-400", swatch: "bg-teal-300" },
  { card: "border-yellow-300 bg-yellow-50", bar: "bg-yellow-400", swatch: "bg-yellow-300" },
  { card: "border-orange-400 bg-orange-50", bar: "bg-orange-500", swatch: "bg-orange-400" },
  { card: "border-red-500 bg-red-50", bar: "bg-red-600", swatch: "bg-red-500" },
] as const;

/** An edge's stroke: wider and darker with its share of the step's traffic. */
export function edgeStroke(share: number, count: number): { stroke: string; strokeWidth: number; strokeDasharray?: string } {
  if (count === 0) return { stroke: "#cbd5e1", strokeWidth: 1, strokeDasharray: "4 4" };
  return { stroke: share >= 0.5 ? "#c2410c" : share >= 0.2 ? "#ea580c" : "#fb923c", strokeWidth: 1.5 + share * 5 };
}
