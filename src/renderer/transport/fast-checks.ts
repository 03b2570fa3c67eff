import type { StudioMethod } from '../../shared/studio-methods';

const SHOT_KINDS = new Set(['jpeg', 'raw', 'heif', 'movie', 'other']);
const SHOT_STRINGS = [
  'id',
  'sessionId',
  'fileName',
  'path',
  'cameraId',
  'originalName',
  'importedAt',
] as const;

const count = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** True when `v` is a shot record as `shotInfoSchema` accepts it (strings, counts, a known kind). */
export function isShotInfo(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  for (const k of SHOT_STRINGS) if (typeof o[k] !== 'string') return false;
  return count(o.size) && count(o.seq) && typeof o.kind === 'string' && SHOT_KINDS.has(o.kind);
}

/** True when `v` is a list of shot records. */
export function isShotList(v: unknown): boolean {
  return Array.isArray(v) && v.every(isShotInfo);
}

/**
 * Plain checks for the answers that grow with a session (thousands of shots), with the same verdict as
 * their zod schema: a whole day's list is checked in a millisecond instead of a deep parse that costs the
 * first paint a hundred. An answer failing the check still goes through the schema, which explains why.
 */
export const fastResultChecks: Partial<Record<StudioMethod, (data: unknown) => boolean>> = {
  listShots: isShotList,
};
