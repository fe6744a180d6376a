/** Zod's generic messages, rewritten for admins who never saw a schema. */
const rewrites: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^Too small: expected string to have >=1 characters?$/, () => "This can't be empty."],
  [/^Too small: expected string to have >=(\d+) characters$/, (m) => `Use at least ${m[1]} characters.`],
  [/^Too big: expected string to have <=(\d+) characters$/, (m) => `Keep this to ${m[1]} characters or fewer.`],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, (m) => `Use ${m[1]} or more.`],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (m) => `Use ${m[1]} or less.`],
  [/^Too small: expected array to have >=(\d+) items?$/, (m) => `Add at least ${m[1]}.`],
  [/^Too big: expected array to have <=(\d+) items?$/, (m) => `Use at most ${m[1]}.`],
  [/^Invalid option/, () => "Choose one of the options."],
  [/^Invalid input: expected int/, () => "Use a whole number."],
  [/^Invalid (input|string)/, () => "This value can't be used; set it again."],
];

/** Strips the validator's `"Label" (node-id): ` prefix and makes Zod's wording friendly. */
export function friendlyError(message: string): string {
  const bare = message.replace(/^"[^"]*" \([^)]*\): /, "");
  for (const [pattern, rewrite] of rewrites) {
    const match = bare.match(pattern);
    if (match) return rewrite(match);
  }
  return bare;
}

/**
 * The error to show under the control for `path`: its own, else (unless
 * `exact`) the first one inside it ("headers.Accept" for "headers").
 */
export function fieldError(errors: Record<string, string>, path: string, exact = false): string | undefined {
  const own = errors[path];
  if (own !== undefined) return friendlyError(own);
  if (exact) return undefined;
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return nested === undefined ? undefined : friendlyError(errors[nested]!);
}
