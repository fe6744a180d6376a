// Before `next dev`: gives a fresh clone an AUTH_SECRET in .env.local, so the
// first `npm run dev` needs no setup. Production sets AUTH_SECRET itself.
import { randomBytes } from "node:crypto";
import fs from "node:fs";

const file = ".env.local";
const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(existing)) {
  const line = `AUTH_SECRET=${randomBytes(33).toString("base64")}\n`;
  fs.writeFileSync(file, existing + (existing && !existing.endsWith("\n") ? "\n" : "") + line);
  console.log("[tandem] wrote a new AUTH_SECRET to .env.local");
}
