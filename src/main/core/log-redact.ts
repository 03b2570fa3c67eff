/** What stands in for a secret in logs. */
export const REDACTED = '[redacted]';

const PATTERNS: [RegExp, string][] = [
  // `?token=…` / `&access_token=…` in URLs (5xx lines log the request URL).
  [/([?&;](?:token|access_token|api_key)=)(?!\[redacted\])[^&\s#"';:,)]+/gi, `$1${REDACTED}`],
  [/(\bBearer\s+)[^\s"',;]+/gi, `$1${REDACTED}`],
  // The token cookie the server sets for a browser.
  [/(\btether_token=)[^;\s"',]+/gi, `$1${REDACTED}`],
];

/**
 * Replaces secrets in a log line: tokens in URLs, Bearer headers and cookies, and every registered secret
 * (raw and URL-encoded) wherever it appears.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(REDACTED);
  }
  for (const [re, by] of PATTERNS) out = out.replace(re, by);
  return out;
}

/** Keys whose values are secrets wherever they appear in a settings or status object. */
const SECRET_KEY = /token|secret|password|passphrase|api[-_]?key/i;

/** A deep copy of `value` with secret-named fields replaced and every string passed through {@link redact}. */
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, inner]) => [
          k,
          SECRET_KEY.test(k) && inner != null ? REDACTED : walk(inner),
        ]),
      );
    }
    return v;
  };
  return walk(value) as T;
}
