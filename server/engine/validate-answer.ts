export type AskKind = "text" | "email" | "phone" | "number" | "date" | "choice";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * Checks and normalises an answer to an Ask node. Returns the value to
 * store, or null when the answer does not fit the kind.
 */
export function validateAnswer(kind: AskKind, raw: string): string | number | null {
  const text = raw.trim();
  if (!text) return null;
  switch (kind) {
    case "text":
      return text.slice(0, 1000);
    case "email":
      return EMAIL.test(text) ? text.toLowerCase() : null;
    case "phone": {
      const digits = text.replace(/[\s().-]/g, "");
      return /^\+?\d{7,15}$/.test(digits) ? digits : null;
    }
    case "number": {
      const number = Number(text.replace(/,/g, ""));
      return Number.isFinite(number) ? number : null;
    }
    case "date":
      return parseDate(text);
    case "choice":
      return text;
  }
}

/** ISO dates (2026-12-01) and day-first dates (01/12/2026, 1.12.2026). */
function parseDate(text: string): string | null {
  let year: number, month: number, day: number;
  const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const dayFirst = text.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
