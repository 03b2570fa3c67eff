import { lstat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ErrorCode } from '../../shared/errors';
import type { ShotInfo } from '../../shared/studio-types';
import type { CorruptionReporter } from '../core/corruption-reporter';
import type { EventBus } from '../core/event-bus';
import { JsonFile } from '../core/json-file';
import type { Logger } from '../core/logger';
import { isInside } from '../core/path-guard';
import { sanitizeFileName } from '../core/sanitize-name';
import { NameAllocator } from './name-allocator';
import { parseTemplate } from './naming-template';
import { SESSION_META_FILE, sessionMetaSchema, type SessionEntry, type SessionMeta } from './session-schemas';

/** One open session: its index entry, metadata file and name allocator. */
export interface LoadedSession {
  entry: SessionEntry;
  meta: SessionMeta;
  file: JsonFile<typeof sessionMetaSchema>;
  allocator: NameAllocator;
}

/** What opening a session needs. */
export interface SessionLoaderDeps {
  reporter: CorruptionReporter;
  bus: EventBus;
  log: Logger;
  now: () => number;
  pairWindowMs?: number;
  /** Template of a fresh session. */
  defaultTemplate: () => string;
}

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
 * (log and a `warning` event). Returns true when the records changed.
 */
async function confineShots(
  entry: SessionEntry,
  meta: SessionMeta,
  deps: SessionLoaderDeps,
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
    if (
      here &&
      (await lstat(here).then(
        (st) => st.isFile(),
        () => false,
      ))
    ) {
      kept.push({ ...s, path: here });
      continue;
    }
    const message = `Session '${entry.name}': rejected shot record ${String(s.id)}: its path ${String(s.path)} is not a file of ${entry.folder}`;
    deps.log.error(message);
    deps.bus.emit('warning', { cameraId: '*', code: ErrorCode.Forbidden, message });
  }
  meta.shots = kept;
  return changed;
}

/** Loads (or starts) a session's metadata; `template` seeds a fresh one (default: the settings'). */
export async function openSession(
  entry: SessionEntry,
  taken: (id: string) => boolean,
  deps: SessionLoaderDeps,
  template?: string,
): Promise<LoadedSession> {
  const file = new JsonFile(join(entry.folder, SESSION_META_FILE), sessionMetaSchema);
  const { value, corrupt } = await file.load().catch((err: Error) => {
    deps.log.warn(`cannot read metadata of session '${entry.name}': ${err.message}`);
    return { value: null, corrupt: undefined };
  });
  if (corrupt) deps.reporter.report(corrupt);
  const meta: SessionMeta = value ?? {
    version: 1,
    id: entry.id,
    name: entry.name,
    createdAt: entry.createdAt,
    template: template ?? deps.defaultTemplate(),
    nextSeq: 1,
    shots: [],
  };
  if (value && value.id !== entry.id && !taken(value.id))
    entry = { ...entry, id: value.id, createdAt: value.createdAt };
  meta.id = entry.id;
  const cleaned = await confineShots(entry, meta, deps);
  const loaded: LoadedSession = { entry, meta, file, allocator: undefined as unknown as NameAllocator };
  loaded.allocator = new NameAllocator(
    {
      folder: entry.folder,
      template: () => parseTemplate(loaded.meta.template),
      sessionName: () => loaded.entry.name,
      nextSeq: () => loaded.meta.nextSeq,
      setNextSeq: (n) => {
        loaded.meta.nextSeq = n;
      },
    },
    deps.now,
    deps.pairWindowMs,
  );
  if (!value || cleaned)
    await file
      .save(meta)
      .catch((err: Error) => deps.log.warn(`cannot write session metadata: ${err.message}`));
  return loaded;
}
