import { z } from "zod";

export const setIdentityVerificationInputSchema = z.object({ enabled: z.boolean() }).strict();
export type SetIdentityVerificationInput = z.infer<typeof setIdentityVerificationInputSchema>;
