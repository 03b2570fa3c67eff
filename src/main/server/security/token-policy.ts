import { randomBytes } from 'node:crypto';

/** Shortest API token accepted. */
export const MIN_TOKEN_LENGTH = 16;
/** Least estimated entropy of an accepted token, in bits. */
export const MIN_TOKEN_BITS = 48;

/** Shannon-entropy estimate of a string, in bits (per-character entropy × length). */
export function estimatedBits(token: string): number {
  const counts = new Map<string, number>();
  for (const ch of token) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...token].length;
  let perChar = 0;
  for (const c of counts.values()) perChar -= (c / n) * Math.log2(c / n);
  return perChar * n;
}

/**
 * Why a token is too weak to guard a studio reachable from the network, or null when it is fine: at least
 * {@link MIN_TOKEN_LENGTH} characters, no spaces, at least 8 different characters and an estimated
 * {@link MIN_TOKEN_BITS} bits (eight spaces, `aaaaaaaaaaaaaaaa` or `1234123412341234` are refused).
 */
export function tokenProblem(token: string): string | null {
  if ([...token].length < MIN_TOKEN_LENGTH) return `it must be at least ${MIN_TOKEN_LENGTH} characters long`;
  if (/\s/.test(token)) return 'it must not contain spaces';
  if (new Set(token).size < 8) return 'it must use at least 8 different characters';
  if (estimatedBits(token) < MIN_TOKEN_BITS) return 'it is too predictable';
  return null;
}

/** A fresh random token (192 bits, URL-safe). */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}
