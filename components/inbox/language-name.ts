const names = new Intl.DisplayNames(["en"], { type: "language" });

/** "es" → "Spanish (es)"; "Not detected yet" before a message told. */
export function languageName(code: string | null | undefined): string {
  if (!code) return "Not detected yet";
  try {
    return `${names.of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}
