import { truncateUtf8, utf8Length } from '../core/sanitize-name';

/** One rendered piece of a name and how much it may be cut (0: never; higher: cut first). */
export interface NamePiece {
  text: string;
  /** 2: literal text and descriptive tokens; 1: tokens that tell files apart when there is no `{seq}`; 0: never. */
  cut: 0 | 1 | 2;
  /** Cut in the middle with `…` (literal text: its separators at both ends survive, and the cut shows). */
  middle?: boolean;
}

const ELLIPSIS = '…';

/** The last `bytes` UTF-8 bytes of `s` at most, on a code-point boundary. */
function tailUtf8(s: string, bytes: number): string {
  const chars = [...s];
  let out = '';
  let used = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const n = utf8Length(chars[i]);
    if (used + n > bytes) break;
    out = chars[i] + out;
    used += n;
  }
  return out;
}

/** Cuts `text` to `bytes` at most: from the end, or in the middle with an ellipsis. */
function cutTo(text: string, bytes: number, middle: boolean): string {
  const room = bytes - utf8Length(ELLIPSIS);
  if (!middle || room < 2) return truncateUtf8(text, bytes);
  const head = Math.ceil(room / 2);
  return `${truncateUtf8(text, head)}${ELLIPSIS}${tailUtf8(text, room - head)}`;
}

/** Cuts the pieces of rank `rank` evenly from their ends (longest first) until `excess` bytes are gone. */
function level(pieces: NamePiece[], rank: 1 | 2, excess: number): number {
  const idx = pieces.map((p, i) => (p.cut === rank ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0 || excess <= 0) return excess;
  const lengths = idx.map((i) => utf8Length(pieces[i].text));
  const total = lengths.reduce((a, b) => a + b, 0);
  const target = Math.max(0, total - excess);
  // The largest cap L with sum(min(len, L)) <= target: every piece longer than L is cut to L.
  let lo = 0;
  let hi = Math.max(...lengths);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const sum = lengths.reduce((a, n) => a + Math.min(n, mid), 0);
    if (sum <= target) lo = mid;
    else hi = mid - 1;
  }
  let removed = 0;
  idx.forEach((i, k) => {
    if (lengths[k] <= lo) return;
    const cut = cutTo(pieces[i].text, lo, pieces[i].middle === true);
    removed += lengths[k] - utf8Length(cut);
    pieces[i] = { ...pieces[i], text: cut };
  });
  return excess - removed;
}

/**
 * Fits a name into `maxBytes` (UTF-8) by cutting what does not tell files apart: literal text (in its
 * middle, marked `…`) and descriptive tokens first (evenly, longest first), then `{original}`/`{date}`/
 * `{time}`, never `{seq}` or `{ext}`. So a long template still numbers its files, and the allocator never sees two names collapse into
 * one. Returns the joined name and whether anything was cut.
 */
export function fitName(pieces: readonly NamePiece[], maxBytes: number): { name: string; cut: boolean } {
  const work = pieces.map((p) => ({ ...p }));
  const total = work.reduce((a, p) => a + utf8Length(p.text), 0);
  const excess = total - maxBytes;
  if (excess <= 0) return { name: work.map((p) => p.text).join(''), cut: false };
  level(work, 1, level(work, 2, excess));
  return { name: work.map((p) => p.text).join(''), cut: true };
}
