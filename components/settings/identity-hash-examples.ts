/** A language's way of computing `userHash` on the host site's server (Settings → Identity). */
export type IdentityHashExample = { language: string; code: string };

/**
 * How the host site's server signs a customer's id: HMAC-SHA256 of the id (as a string, UTF-8) with the
 * workspace's identity secret, as lowercase hex (server/contacts/identity-hash.ts). Each example reads
 * the secret from the TANDEM_IDENTITY_SECRET environment variable — it must never reach the page — and
 * `user` stands for the host site's signed-in user. The Node.js one is run by a unit test against the
 * server's own check.
 */
export const IDENTITY_HASH_EXAMPLES: readonly [IdentityHashExample, ...IdentityHashExample[]] = [
  {
    language: "Node.js",
    code: `const { createHmac } = require("node:crypto");

const userHash = createHmac("sha256", process.env.TANDEM_IDENTITY_SECRET)
  .update(String(user.id))
  .digest("hex");`,
  },
  {
    language: "Python",
    code: `import hashlib, hmac, os

user_hash = hmac.new(
    os.environ["TANDEM_IDENTITY_SECRET"].encode(),
    str(user.id).encode(),
    hashlib.sha256,
).hexdigest()`,
  },
  {
    language: "PHP",
    code: `$userHash = hash_hmac('sha256', (string) $user->id, getenv('TANDEM_IDENTITY_SECRET'));`,
  },
  {
    language: "Ruby",
    code: `require "openssl"

user_hash = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("TANDEM_IDENTITY_SECRET"), user.id.to_s)`,
  },
];

/** The page side: the same id as the hash, and the hash the server put in the page. */
export const IDENTIFY_CALL = `Tandem.identify({ id: "42", email: "ada@example.com", name: "Ada Lovelace", userHash: "<the userHash your server computed for id 42>" });`;
