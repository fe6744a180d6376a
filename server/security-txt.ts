/**
 * /.well-known/security.txt (RFC 9116) for a contact: an e-mail address
 * becomes a mailto: URI; the file says it is valid for a year from `now`
 * (the field is required, and the deployment's contact can change with any
 * restart, so it is written fresh each time).
 */
export function securityTxt(contact: string, now: Date): string {
  const uri = /^(mailto:|https:\/\/)/.test(contact) ? contact : `mailto:${contact}`;
  const expires = new Date(now.getTime() + 365 * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  return [`Contact: ${uri}`, `Expires: ${expires.toISOString()}`, "Preferred-Languages: en", ""].join("\n");
}
