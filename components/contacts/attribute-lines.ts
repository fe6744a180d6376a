/** Attributes as the editor shows them: one `name = value` a line. */
export function attributesToLines(attributes: readonly [string, string | number | boolean][]): string {
  return attributes.map(([key, value]) => `${key} = ${String(value)}`).join("\n");
}

/** The editor's lines back to attributes: true/false and numbers as such, the rest as text; the server checks names and sizes. */
export function linesToAttributes(text: string): [string, string | number | boolean][] {
  const entries: [string, string | number | boolean][] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const at = line.indexOf("=");
    const key = (at < 0 ? line : line.slice(0, at)).trim();
    const raw = at < 0 ? "" : line.slice(at + 1).trim();
    const value = raw === "true" ? true : raw === "false" ? false : raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    entries.push([key, value]);
  }
  return entries;
}
