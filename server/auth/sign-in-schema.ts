import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .pipe(z.email("That doesn't look like an email address — check for typos.")),
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "That password is too long."),
});

export type SignIn = z.infer<typeof signInSchema>;
