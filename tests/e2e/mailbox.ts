import { readFileSync } from "node:fs";
import type { SunkMail } from "../helpers/start-smtp-sink";

/** Every mail the run's SMTP sink has received so far (tests/e2e/global-setup.ts), oldest first. */
export function mailbox(): SunkMail[] {
  const text = readFileSync(process.env.E2E_MAILBOX!, "utf8");
  // Whole lines only: the sink may be appending one right now.
  return text
    .slice(0, text.lastIndexOf("\n") + 1)
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SunkMail);
}
