import type { BatchTotals } from '../../store/transfers-slice';

/**
 * The end state of a pull in one line: "6 of 6 imported · 1 cancelled · 2 already imported, skipped", or
 * "Nothing new to pull: 3 already imported" when everything was skipped. Null while the pull runs (or
 * when there is none). Cancelled files are not counted as missing: the photographer chose that.
 */
export function pullSummary(t: BatchTotals, skipped: number): string | null {
  if (t.count === 0) return skipped > 0 ? `Nothing new to pull: ${skipped} already imported` : null;
  if (t.active > 0) return null;
  const parts = [`${t.done} of ${t.count - t.cancelled} imported`];
  if (t.cancelled > 0) parts.push(`${t.cancelled} cancelled`);
  if (skipped > 0) parts.push(`${skipped} already imported, skipped`);
  return parts.join(' · ');
}
