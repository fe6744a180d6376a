import { z } from "zod";
import { attributesSchema } from "./identity-schemas";

export const listContactsInputSchema = z.object({ search: z.string().trim().max(200).default("") }).strict();
export type ListContactsInput = z.infer<typeof listContactsInputSchema>;

export const loadContactInputSchema = z.object({ contactId: z.string().min(1).max(100), conversationId: z.string().max(100).optional() }).strict();
export type LoadContactInput = z.infer<typeof loadContactInputSchema>;

/** An agent's edit of a contact: empty name or e-mail clears it; attributes replace the stored ones. */
export const updateContactInputSchema = z
  .object({
    contactId: z.string().min(1).max(100),
    name: z.string().trim().max(200, "Keep the name under 200 characters."),
    email: z.union([z.literal(""), z.string().trim().toLowerCase().max(254).pipe(z.email("Enter an e-mail address, or leave it empty."))]),
    attributes: attributesSchema,
  })
  .strict();
export type UpdateContactInput = z.infer<typeof updateContactInputSchema>;

/** Deleting is irreversible: the client sends back the confirmation the person typed. */
export const deleteContactInputSchema = z.object({ contactId: z.string().min(1).max(100), confirm: z.literal("DELETE", "Type DELETE to confirm.") }).strict();
export type DeleteContactInput = z.infer<typeof deleteContactInputSchema>;
