import { z } from "zod";

const roleSchema = z.enum(["ADMIN", "AGENT"], { error: "Choose Admin or Agent." });

export const addMemberInputSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address, like sam@example.com.")),
  role: roleSchema,
  password: z.string().min(8, "The initial password needs at least 8 characters.").max(200, "Keep the password under 200 characters."),
});
export type AddMemberInput = z.infer<typeof addMemberInputSchema>;

export const changeMemberRoleInputSchema = z.object({
  membershipId: z.string().min(1),
  role: roleSchema,
});
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleInputSchema>;

export const removeMemberInputSchema = z.object({ membershipId: z.string().min(1) });
export type RemoveMemberInput = z.infer<typeof removeMemberInputSchema>;
