/** Longest file name we produce, in UTF-8 bytes: leaves room for `-NN` clash suffixes and `.part` under 255. */
export const MAX_NAME_BYTES = 180;
const MAX_EXT_CHARS = 12;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³]|conin\$|conout\$)$/i;
// Control characters (C0, DEL, C1) and the characters Windows forbids in names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f<>:"|?*]/g;

/** Splits `name` into base and extension (`.jpg`); the extension is empty when there is none. */
export function splitExt(name: string): { base: string; ext: string } {
  const m = /^(.*[^.])(\.[A-Za-z0-9]{1,12})$/.exec(name);
  return m ? { base: m[1], ext: m[2] } : { base: name, ext: '' };
}

/** Length of `s` in UTF-8 bytes. */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Cuts `s` to at most `bytes` UTF-8 bytes without splitting a code point. */
export function truncateUtf8(s: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (used + n > bytes) break;
    out += ch;
    used += n;
  }
  return out;
}

/** True when the first dot-separated part is a reserved Windows device name (`CON`, `com1.tar.gz`, …). */
export function isReservedWindowsName(name: string): boolean {
  const stem = name.split('.')[0].trim();
  return RESERVED.test(stem);
}

/**
 * Makes an untrusted (camera- or user-provided) name safe as one file name on every OS: keeps only the
 * last path segment, drops control and forbidden characters, collapses `..`, defuses reserved Windows
 * names, trims trailing dots/spaces, bounds the length, keeps the extension, and is never empty.
 */
export function sanitizeFileName(input: string, fallback = 'file'): string {
  const segments = String(input)
    .normalize('NFC')
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^\.+$/.test(s));
  let name = (segments.at(-1) ?? '').replace(FORBIDDEN, '_');
  name = name
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  let { base, ext } = splitExt(name);
  if (ext.length > MAX_EXT_CHARS + 1) ext = ext.slice(0, MAX_EXT_CHARS + 1);
  base = base.replace(/[.\s]+$/, '');
  if (base === '') base = fallback;
  if (isReservedWindowsName(base)) base = `_${base}`;
  const room = MAX_NAME_BYTES - utf8Length(ext);
  if (utf8Length(base) > room) base = truncateUtf8(base, room).replace(/[.\s]+$/, '') || fallback;
  return `${base}${ext}`;
}

/** Sanitises a fragment used inside a template (session, camera, original): like a name, without an extension. */
export function sanitizeFragment(input: string, fallback: string): string {
  const clean = String(input)
    .normalize('NFC')
    .replace(/[\\/]/g, '_')
    .replace(FORBIDDEN, '_')
    .replace(/\.{2,}/g, '.')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return clean === '' ? fallback : truncateUtf8(clean, 80);
}
