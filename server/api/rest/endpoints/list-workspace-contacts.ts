import "server-only";
import { listContactsInputSchema } from "../../../contacts/contact-schemas";
import { listContacts } from "../../../contacts/list-contacts";
import { endpoint } from "../endpoint";

/** GET /api/v1/contacts?search= — the workspace's contacts, most recently seen first (API tokens). */
export const listWorkspaceContacts = endpoint({
  auth: "workspace",
  query: listContactsInputSchema,
  handle: async ({ runtime, workspaceId, query }) => Response.json(await listContacts(runtime.db, workspaceId, query)),
});
