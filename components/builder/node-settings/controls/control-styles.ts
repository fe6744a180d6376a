/** Class strings shared by the panels' controls; they match components/ui/field.tsx. */
export const labelClass = "block text-sm font-medium text-slate-700";
export const hintClass = "mt-1 text-xs text-slate-500";
export const errorClass = "mt-1 text-sm text-red-700";

export function inputClass(error?: string, extra = "") {
  const tone = error ? "border-red-400 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100";
  return `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 ${tone} ${extra}`;
}
