/** The number `text` means, when it is one a field with these bounds may write; otherwise undefined. */
export function parseNumberInput(text: string, { min, max, integer = false }: { min: number; max: number; integer?: boolean }) {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) return undefined;
  if (integer && !Number.isInteger(value)) return undefined;
  return value;
}
