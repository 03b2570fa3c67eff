import { lstat, rm, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ErrorCode } from '../../shared/errors';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/logger';
import { isInside } from '../core/path-guard';
import type { DestinationTarget } from './destinations';
import type { Job, JobBuilder } from './job-builder';
import type { JournalDestination, JournalRecord } from './journal-record';
import { partOf } from './transfer-runner';

/** What became of a journaled job at start. */
export type RecoveryOutcome =
  /** Run it (again): from its `.part` offset when one is on disk. */
  | 'run'
  /** It had failed: listed again for a retry. */
  | 'failed'
  /** Its file is final and already in the session index: only the bookkeeping was missing. */
  | 'complete'
  /** Its file is final but not yet indexed (killed between the rename and the index write): record it. */
  | 'adopt';

/** What recovery needs. */
export interface RecoveryDeps {
  builder: JobBuilder;
  /** The destination a record names; throws when it is gone (a deleted session, an unreachable folder). */
  targetFor(destination: JournalDestination): Promise<DestinationTarget>;
  /** Where a card pull goes when its session is gone. */
  fallbackTarget(): Promise<DestinationTarget>;
  stagingRoot: string;
  bus: EventBus;
  log: Logger;
}

async function statOrNull(path: string) {
  return lstat(path).catch(() => null);
}

/**
 * True when a journaled name (and a `.part` of its own) lies directly in the destination's folder and the staged
 * source in staging.
 */
function confined(record: JournalRecord, target: DestinationTarget, stagingRoot: string): boolean {
  const a = record.alloc;
  if (
    a &&
    (dirname(a.path) !== target.folder || basename(a.path) !== a.fileName || !isInside(target.folder, a.path))
  )
    return false;
  const p = record.part;
  if (
    p !== undefined &&
    (!a || dirname(p) !== target.folder || !p.endsWith('.part') || !isInside(target.folder, p))
  )
    return false;
  const src = record.job.source;
  if (src.kind === 'auto' && (src.stagedPath !== record.stagedPath || !isInside(stagingRoot, src.stagedPath)))
    return false;
  return record.stagedPath === undefined || isInside(stagingRoot, record.stagedPath);
}

/**
 * Decides what a journaled job is after a restart, from what is on disk: its final file already there
 * (indexed: `complete`; not yet: `adopt` when the size is right), else a `.part` to resume from, else a run
 * from zero. A link-based commit cut short (final and `.part` the same inode) is finished here. Records whose
 * paths point outside their folders are rejected and reported, never acted on.
 */
export async function recoverJob(
  record: JournalRecord,
  deps: RecoveryDeps,
): Promise<{ job: Job; outcome: RecoveryOutcome } | null> {
  const name = `${record.job.id} (${record.job.originalName})`;
  const reject = (why: string) => {
    const message = `Transfer journal: ignored ${name}: ${why}`;
    deps.log.error(message);
    deps.bus.emit('warning', { cameraId: record.job.cameraId, code: ErrorCode.Forbidden, message });
    return null;
  };
  let target: DestinationTarget;
  try {
    target = await deps.targetFor(record.destination);
  } catch (err) {
    // An import's shot is still in staging (its source: nothing from the camera is lost), which the scan
    // imports under a new job; a pull goes to the active session instead.
    if (record.lane === 'auto') {
      deps.log.warn(
        `${name}: its destination is gone (${(err as Error).message}); its staged shot is imported again`,
      );
      return null;
    }
    deps.log.warn(
      `${name}: its destination is gone (${(err as Error).message}); pulling into the active session`,
    );
    target = await deps.fallbackTarget();
    record = { ...record, alloc: null, part: undefined, destination: target.destination };
  }
  if (!confined(record, target, deps.stagingRoot)) return reject('its paths lie outside their folders');
  const job = deps.builder.restore(record, target);
  if (record.job.state === 'cancelled') {
    const cut = partOf(record);
    if (cut) await rm(cut, { force: true });
    return null;
  }
  const alloc = record.alloc;
  if (!alloc) return { job, outcome: record.job.state === 'failed' ? 'failed' : 'run' };
  await target.reserve(alloc);
  const part = partOf(record) as string;
  const [fin, prt] = await Promise.all([statOrNull(alloc.path), statOrNull(part)]);
  const linked = fin !== null && prt !== null && fin.ino === prt.ino && fin.dev === prt.dev;
  if (linked) await unlink(part); // link made, unlink cut short
  if (fin && (!prt || linked)) {
    const outcome = (await target.recorded(alloc.path))
      ? 'complete'
      : fin.isFile() && fin.size === record.job.bytesTotal
        ? 'adopt'
        : null;
    if (outcome) {
      // No attempt runs, so no "starts at" line: this one tells the log (and the fault matrix, which checks
      // every `.part` a kill left) that the bytes in that `.part` were already the final file.
      deps.log.info(
        `${name} completed at start (${fin.size} bytes, ${outcome})${linked ? ` from ${part}` : ''}`,
        { cameraId: record.job.cameraId },
      );
      return { job, outcome };
    }
  }
  return { job, outcome: record.job.state === 'failed' ? 'failed' : 'run' };
}
