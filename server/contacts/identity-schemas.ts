import { z } from "zod";

export const MAX_ATTRIBUTES = 30;
export const MAX_ATTRIBUTE_TEXT = 500;
/** The attributes' JSON, all together: a profile, not a document store. */
export const MAX_ATTRIBUTES_BYTES = 8 * 1024;

/** Names every object inherits: refused so an attribute can never stand for something a plain object already has. */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", "isPrototypeOf"]);

/** An attribute's name: what `{{customer.<name>}}` reads in a flow. */
export const attributeKeySchema = z
  .string()
  .regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/, "Attribute names use letters, digits and underscores (at most 64), starting with a letter.")
  .refine((key) => !RESERVED_KEYS.has(key), "This attribute name is reserved; choose another.");

export const attributeValueSchema = z.union([
  z.string().max(MAX_ATTRIBUTE_TEXT, `Attribute text is at most ${MAX_ATTRIBUTE_TEXT} characters.`),
  z.number().finite(),
  z.boolean(),
]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

/**
 * Custom attributes from the host site (plan, vip, locale…): string, number
 * or boolean, checked key by key and returned as a Map, never an object
 * keyed by the host's text.
 */
export const attributesSchema = z.unknown().transform((value, ctx) => {
  const map = new Map<string, AttributeValue>();
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: "custom", message: "attributes must be an object of names to text, numbers or true/false." });
    return z.NEVER;
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_ATTRIBUTES) {
    ctx.addIssue({ code: "custom", message: `Send at most ${MAX_ATTRIBUTES} attributes.` });
    return z.NEVER;
  }
  for (const [key, raw] of entries) {
    const name = attributeKeySchema.safeParse(key);
    if (!name.success) ctx.addIssue({ code: "custom", path: [key], message: name.error.issues[0]!.message });
    const parsed = attributeValueSchema.safeParse(raw);
    if (!parsed.success) ctx.addIssue({ code: "custom", path: [key], message: "Attribute values are text, numbers or true/false." });
    if (name.success && parsed.success) map.set(key, parsed.data);
  }
  if (JSON.stringify(Object.fromEntries(map)).length > MAX_ATTRIBUTES_BYTES) {
    ctx.addIssue({ code: "custom", message: `Attributes are at most ${MAX_ATTRIBUTES_BYTES / 1024} KB together.` });
  }
  return map;
});
export type Attributes = Map<string, AttributeValue>;

/** Who the customer is, as the host site says (widget `Tandem.identify` / data- attributes, or the session API). */
export const customerIdentitySchema = z
  .object({
    id: z.string().trim().min(1, "id must not be empty.").max(200, "id is at most 200 characters.").optional(),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("email is not an e-mail address.")).optional(),
    name: z.string().trim().min(1, "name must not be empty.").max(200, "name is at most 200 characters.").optional(),
    attributes: attributesSchema.optional(),
    /** HMAC-SHA256 of `id` with the workspace's identity secret, hex (required when identity verification is on). */
    userHash: z.string().trim().max(200).optional(),
  })
  .strict()
  .refine((identity) => identity.id !== undefined || identity.email !== undefined, "An identity needs an id or an e-mail.");
export type CustomerIdentity = z.infer<typeof customerIdentitySchema>;
