/** What the sign-in action tells the form after a failed attempt. */
export interface SignInFormState {
  email?: string;
  error?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  /** Set when the throttle refused the attempt: how long until the next one may be made. */
  waitSeconds?: number;
  /** When that wait ends, by the browser's clock (the form sets it as the answer arrives). */
  retryAt?: number;
}
