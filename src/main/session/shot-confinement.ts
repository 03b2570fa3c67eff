import { lstat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ShotInfo } from '../../shared/studio-types';
import { isInside } from '../core/path-guard';
import { sanitizeFileName } from '../core/sanitize-name';
import type { SessionEntry, SessionMeta } from './session-schemas';

/** True when `name` is one plain, safe file name (no folder part, nothing a sanitiser would change). */
function plainName(name: unknown): name is string {
  return typeof name === 'string' && name === basename(name) && sanitizeFileName(name) === name;
}

/**
 * True when a shot record points at a plain file name directly inside its session folder. A metadata file
 * comes from disk (a shared or synced drive may carry a planted one): a record naming `/home/me/.ssh/id_rsa`
 * or `../../x` must never be served, previewed or dragged out.
 */
export function shotRecordIsConfined(folder: string, shot: ShotInfo): boolean {
  return plainName(shot.fileName) && shot.path === join(folder, shot.fileName) && isInside(folder, shot.path);
}

/**
 * Keeps the shot records that name a file of this folder. A record whose path points elsewhere but whose
 * file is here (a session folder copied and adopted) is re-anchored; any other is rejected and reported
 * through `reject`. Returns true when the records changed.
 */
export async function confineShots(
  entry: SessionEntry,
  meta: SessionMeta,
  reject: (message: string) => void,
): Promise<boolean> {
  const kept: ShotInfo[] = [];
  let changed = false;
  for (const s of meta.shots) {
    if (shotRecordIsConfined(entry.folder, s)) {
      kept.push(s);
      continue;
    }
    changed = true;
    const here = plainName(s.fileName) ? join(entry.folder, s.fileName) : null;
    const isFile = here
      ? await lstat(here).then(
          (st) => st.isFile(),
          () => false,
        )
      : false;
    if (here && isFile) {
      kept.push({ ...s, path: here });
      continue;
    }
    reject(
      `Session '${entry.name}': rejected shot record ${String(s.id)}: its path ${String(s.path)} is not a file of ${entry.folder}`,
    );
  }
  meta.shots = kept;
  return changed;
}
