import type { HTMLAttributes } from "react";

/** How the composer helps with the answer the bot's latest question expects. */
export interface InputHint {
  inputMode?: HTMLAttributes<HTMLTextAreaElement>["inputMode"];
  autoComplete?: string;
  placeholder: string;
  /** Read out with the composer and shown under it; null for plain text. */
  hint: string | null;
}

/** The keyboard, autofill and hint for an `inputKind` (email, phone, number, date, rating, or anything else as text). */
export function inputHint(inputKind: string | undefined): InputHint {
  switch (inputKind) {
    case "email":
      return { inputMode: "email", autoComplete: "email", placeholder: "name@example.com", hint: "Type your e-mail address, like name@example.com." };
    case "phone":
      return { inputMode: "tel", autoComplete: "tel", placeholder: "+44 20 7946 0000", hint: "Type your phone number with the area code." };
    case "number":
      return { inputMode: "decimal", placeholder: "Type a number…", hint: "Type a number, like 42." };
    case "date":
      return { placeholder: "e.g. 14 March 2026", hint: "Type a date, like 14 March 2026 or 2026-03-14." };
    case "rating":
      return { inputMode: "numeric", placeholder: "Pick 1 to 5, or type a comment…", hint: "Choose a rating from 1 (poor) to 5 (great)." };
    default:
      return { placeholder: "Type your message…", hint: null };
  }
}
