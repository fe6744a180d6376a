import { z } from "zod";

const teamIdSchema = z.string().min(1, "Choose a team.");

export const teamNameSchema = z.string({ error: "Enter a name." }).trim().min(1, "Enter a name, like Billing.").max(60, "Keep the name under 60 characters.");

/** Tags the router matches conversations on: trimmed, lower-case, no duplicates. */
const tagListSchema = (pattern: RegExp, message: string) =>
  z
    .array(z.string().trim().toLowerCase().max(40, "Keep each tag under 40 characters.").regex(pattern, message), {
      error: "Give a list of tags.",
    })
    .max(20, "At most 20 tags.")
    .transform((tags) => [...new Set(tags)]);

export const skillsSchema = tagListSchema(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Skills are words like billing or refunds (letters, digits, - and _).");
export const languagesSchema = tagListSchema(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, "Use language codes like en, fr or pt-br.");

export const maxWaitSecondsSchema = z
  .number({ error: "Enter the wait in seconds, like 300." })
  .int("Enter whole seconds.")
  .min(30, "Wait at least 30 seconds.")
  .max(3600, "Wait at most 3600 seconds (an hour).");

export const assignmentPolicySchema = z.enum(["MANUAL", "LEAST_BUSY", "ROUND_ROBIN"], {
  error: "Choose Manual, Least busy or Round robin.",
});

export const createTeamInputSchema = z.object({
  name: teamNameSchema,
  skills: skillsSchema.default([]),
  languages: languagesSchema.default([]),
  maxWaitSeconds: maxWaitSecondsSchema.default(300),
  assignmentPolicy: assignmentPolicySchema.default("MANUAL"),
});
export type CreateTeamInput = z.infer<typeof createTeamInputSchema>;

/** Any subset of a team's settings; what is left out stays as it is. */
export const updateTeamInputSchema = z.object({
  teamId: teamIdSchema,
  name: teamNameSchema.optional(),
  skills: skillsSchema.optional(),
  languages: languagesSchema.optional(),
  maxWaitSeconds: maxWaitSecondsSchema.optional(),
  assignmentPolicy: assignmentPolicySchema.optional(),
});
export type UpdateTeamInput = z.infer<typeof updateTeamInputSchema>;

export const setTeamMembersInputSchema = z.object({
  teamId: teamIdSchema,
  membershipIds: z.array(z.string().min(1)).max(500, "At most 500 people per team."),
});
export type SetTeamMembersInput = z.infer<typeof setTeamMembersInputSchema>;

export const deleteTeamInputSchema = z.object({ teamId: teamIdSchema });
export type DeleteTeamInput = z.infer<typeof deleteTeamInputSchema>;

export const setAgentCapacityInputSchema = z.object({
  membershipId: z.string().min(1),
  maxConcurrent: z
    .number({ error: "Enter a number of conversations, like 3." })
    .int("Enter a whole number.")
    .min(1, "At least 1 conversation at a time.")
    .max(50, "At most 50 conversations at a time."),
});
export type SetAgentCapacityInput = z.infer<typeof setAgentCapacityInputSchema>;
