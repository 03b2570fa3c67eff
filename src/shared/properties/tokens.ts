/**
 * Canonical form of a user-typed token: lower case, every run of characters other than letters, digits,
 * `+` and `.` collapsed to one `-`. So `AF_C`, `af c` and `AF-C` are the same token.
 */
export function normalizeToken(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9+.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Decimal text of `n` with at most `digits` fraction digits and no trailing zeros (`5.60` → `5.6`). */
export function trimDecimal(n: number, digits: number): string {
  const fixed = n.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
