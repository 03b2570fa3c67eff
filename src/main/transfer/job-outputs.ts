import { rm } from 'node:fs/promises';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { TransferJob } from '../../shared/transfer-types';
import { NOTIFY_TRANSFER_IN_PROGRESS, NOTIFY_TRANSFER_OK } from '../studio/card-service';
import type { EventBus } from '../core/event-bus';
import { sha256File } from '../core/file-commit';
import type { Logger } from '../core/logger';
import { isInside } from '../core/path-guard';

/** VERIFY_FAILED unless the staged file and the imported copy hash the same. */
export async function compareHashes(staged: string, part: string): Promise<void> {
  const [a, b] = await Promise.all([sha256File(staged), sha256File(part)]);
  if (a !== b)
    throw new TetherError(
      ErrorCode.VerifyFailed,
      'Verification failed: the imported copy differs from the staged file',
    );
}

/** Deletes an imported staged file; only ever one inside the staging folder (a client's file is never touched). */
export async function removeStagedFile(stagingRoot: string, path: string, log: Logger): Promise<void> {
  if (!isInside(stagingRoot, path) || isInside(path, stagingRoot)) return;
  await rm(path, { force: true }).catch((err: Error) =>
    log.warn(`cannot delete staged ${path}: ${err.message}`),
  );
}

/** Emits a job's `transferProgress` (seed-compatible fields plus the job detail). */
export function emitJobProgress(bus: EventBus, d: TransferJob, savedPath?: string): void {
  const src = d.source;
  bus.emit('transferProgress', {
    cameraId: d.cameraId,
    contentId: src.kind === 'card' ? src.contentId : 0,
    fileId: src.kind === 'card' ? src.fileId : 0,
    percent: d.percent,
    jobId: d.id,
    bytesDone: d.bytesDone,
    bytesTotal: d.bytesTotal,
    speed: d.speed,
    notify: savedPath ? NOTIFY_TRANSFER_OK : NOTIFY_TRANSFER_IN_PROGRESS,
    ...(savedPath ? { savedPath, filename: savedPath } : {}),
  });
}
