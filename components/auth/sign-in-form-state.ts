/** What the sign-in action tells the form after a failed attempt. */
export interface SignInFormState {
  email?: string;
  error?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
}
