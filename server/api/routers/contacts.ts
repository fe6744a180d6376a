import { deleteContactInputSchema, listContactsInputSchema, loadContactInputSchema, updateContactInputSchema } from "../../contacts/contact-schemas";
import { deleteContact } from "../../contacts/delete-contact";
import { listContacts } from "../../contacts/list-contacts";
import { loadContact } from "../../contacts/load-contact";
import { updateContact } from "../../contacts/update-contact";
import { adminRuntimeProcedure, createTRPCRouter, protectedProcedure } from "../trpc";

/** The Contacts page: agents and admins search, read and edit contacts; deleting one with all their data is for admins. */
export const contactsRouter = createTRPCRouter({
  list: protectedProcedure.input(listContactsInputSchema).query(({ ctx, input }) => listContacts(ctx.db, ctx.viewer.workspaceId, input)),
  get: protectedProcedure.input(loadContactInputSchema).query(({ ctx, input }) => loadContact(ctx.db, ctx.viewer.workspaceId, input)),
  update: protectedProcedure.input(updateContactInputSchema).mutation(({ ctx, input }) => updateContact(ctx.db, ctx.viewer.workspaceId, input)),
  delete: adminRuntimeProcedure.input(deleteContactInputSchema).mutation(({ ctx, input }) => deleteContact(ctx.db, ctx.viewer, input, ctx.runtime.now())),
});
