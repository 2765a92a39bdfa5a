import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// The library's `Algorithm.Argon2id` (a const enum, which this build cannot inline).
const argon2id = 2;

/** A session token or one-time link: 256 random bits, sent once, kept by the server only as a hash. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are long and random, so a plain SHA-256 is enough to keep a database leak from replaying them. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum for argon2id). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: argon2id });
}

export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash (invitation not accepted) the same work is done, so timing tells nothing.
  if (passwordHash === null) {
    await hash(password, { algorithm: argon2id });
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
