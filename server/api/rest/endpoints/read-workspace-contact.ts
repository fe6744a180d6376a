import "server-only";
import { loadContact } from "../../../contacts/load-contact";
import { endpoint } from "../endpoint";

/** GET /api/v1/contacts/{contactId} — a contact with every conversation of theirs (API tokens). */
export const readWorkspaceContact = endpoint({
  auth: "workspace",
  handle: async ({ runtime, workspaceId, params }) => {
    const { contact, timeline } = await loadContact(runtime.db, workspaceId, { contactId: params.contactId! });
    return Response.json({ contact: { ...contact, attributes: Object.fromEntries(contact.attributes) }, conversations: timeline });
  },
});
