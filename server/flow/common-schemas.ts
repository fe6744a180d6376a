import { z } from "zod";

/** Variable names usable in {{templates}}: letters, digits, underscores. */
export const variableNameSchema = z
  .string()
  .regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/, "Use letters, digits and underscores, starting with a letter.")
  // Assigning obj.__proto__ replaces an object's prototype instead of storing a value, and JSON schemas drop the key: it could never hold one.
  .refine((name) => name !== "__proto__", "__proto__ is reserved; choose another name.");

/** A variable a rule reads (Condition, priority rules): a flow variable, or `customer.<name>` — what the host site said of the customer. */
export const readableVariableNameSchema = z
  .string()
  .regex(/^(customer\.)?[a-zA-Z_][a-zA-Z0-9_]{0,63}$/, "Use letters, digits and underscores, starting with a letter.")
  .refine((name) => name !== "__proto__", "__proto__ is reserved; choose another name.");

/** Port ids made by admins (intents, routing rules): stable, url-safe. */
export const portIdSchema = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "Use letters, digits, - and _.");

export const templateSchema = z.string().max(4000, "Keep messages under 4,000 characters.");
