import { hasControlChars } from '../../../shared/studio-types';

const FORBIDDEN = /[\\/:*?"<>|]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * Why a session name would be refused, in words that say what to change (null when it is fine). The
 * studio checks the same rules (a session name is a folder name on every OS); this answers before asking.
 */
export function sessionNameProblem(raw: string, existing: readonly string[] = []): string | null {
  const name = raw.trim();
  if (!name) return 'Type a name for the session.';
  if (name.length > 80) return `That is ${name.length} characters; use at most 80.`;
  const bad = [...new Set(name.match(FORBIDDEN) ?? [])];
  if (bad.length > 0)
    return `${bad.map((c) => `“${c}”`).join(' ')} cannot be in a folder name. Use letters, digits, spaces, - or _ instead.`;
  if (hasControlChars(name)) return 'Remove the invisible control characters from the name.';
  if (name === '.' || name === '..' || /[.\s]$/.test(name)) return 'A folder name cannot end with a dot.';
  if (RESERVED.test(name)) return `“${name}” is reserved by Windows. Add a word, e.g. “${name} shoot”.`;
  if (existing.some((n) => n.toLowerCase() === name.toLowerCase()))
    return `A session named “${name}” already exists. Pick it in the list or add a date to the name.`;
  return null;
}
