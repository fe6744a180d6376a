import bcrypt from "bcryptjs";

/** Cost 10: ~60 ms a hash here — slow for an attacker, fine for a sign-in. */
const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
