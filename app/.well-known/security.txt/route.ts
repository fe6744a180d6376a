// GET /.well-known/security.txt — where to report a vulnerability in this deployment (SECURITY_CONTACT; docs/security.md)
import { env } from "@/server/env";
import { securityTxt } from "@/server/security-txt";

export function GET() {
  const contact = env().SECURITY_CONTACT;
  if (!contact) return new Response("No security contact is configured (SECURITY_CONTACT).\n", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(securityTxt(contact, new Date()), {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
