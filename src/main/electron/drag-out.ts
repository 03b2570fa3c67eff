import { access } from 'node:fs/promises';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { CardRef, DragTarget } from '../../shared/studio-client';
import type { TransferJob } from '../../shared/transfer-types';
import type { Studio } from '../app/studio';

/** The services a drag-out needs. */
export type DragStudio = Pick<Studio, 'bus' | 'sessions' | 'shotImages' | 'transfers' | 'cards'>;

/** A file ready to be dragged, with JPEG bytes for the drag icon when available. */
export interface DragFile {
  file: string;
  thumbnail: Uint8Array | null;
}

/** How long a card pull behind a drag may take (large movie files over USB). */
export const DRAG_PULL_TIMEOUT_MS = 10 * 60_000;

function sameCardFile(job: TransferJob, cameraId: string, ref: CardRef): boolean {
  const s = job.source;
  return (
    job.cameraId === cameraId &&
    s.kind === 'card' &&
    s.slot === ref.slot &&
    s.contentId === ref.contentId &&
    s.fileId === ref.fileId
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves when transfer `jobId` is done (with the finished job), rejects with its error when it fails or is
 * cancelled. Subscribes before checking the current state so a finish in between is not missed.
 */
export function awaitTransfer(
  studio: Pick<Studio, 'bus' | 'transfers'>,
  jobId: string,
  timeoutMs = DRAG_PULL_TIMEOUT_MS,
): Promise<TransferJob> {
  return new Promise((resolve, reject) => {
    const offs: (() => void)[] = [];
    const finish = (job: TransferJob): void => {
      for (const off of offs) off();
      clearTimeout(timer);
      if (job.state === 'done') resolve(job);
      else if (job.state === 'cancelled')
        reject(new TetherError(ErrorCode.Cancelled, `transfer of ${job.originalName} was cancelled`));
      else
        reject(
          new TetherError(
            job.error?.code ?? ErrorCode.IoError,
            job.error?.message ?? `transfer of ${job.originalName} failed`,
          ),
        );
    };
    const timer = setTimeout(() => {
      for (const off of offs) off();
      reject(
        new TetherError(
          ErrorCode.Timeout,
          `transfer ${jobId} did not finish within ${Math.round(timeoutMs / 1000)} s`,
        ),
      );
    }, timeoutMs);
    offs.push(studio.bus.on('transferDone', (job) => job.id === jobId && finish(job)));
    offs.push(studio.bus.on('transferFailed', (job) => job.id === jobId && finish(job)));
    const now = studio.transfers.get(jobId);
    if (now.state === 'done' || now.state === 'failed' || now.state === 'cancelled') finish(now);
  });
}

/**
 * The file behind a drag: a session shot as it is on disk, or a card file pulled into the session first
 * (through the transfer queue, so the transfers panel shows its progress). A card file already pulled and
 * still on disk is reused rather than pulled twice.
 */
export async function resolveDragFile(
  studio: DragStudio,
  target: DragTarget,
  timeoutMs = DRAG_PULL_TIMEOUT_MS,
): Promise<DragFile> {
  if (target.kind === 'shot') {
    const shot = await studio.sessions.shot(target.shotId);
    if (!(await exists(shot.path)))
      throw new TetherError(ErrorCode.NotFound, `${shot.fileName} is no longer on disk`);
    const thumbnail = await studio.shotImages.get(shot.id, 'thumbnail').catch(() => null);
    return { file: shot.path, thumbnail };
  }
  const { cameraId, ref } = target;
  const earlier = [...studio.transfers.history(), ...studio.transfers.list()]
    .reverse()
    .find((job) => job.state === 'done' && job.targetPath && sameCardFile(job, cameraId, ref));
  let file = earlier?.targetPath && (await exists(earlier.targetPath)) ? earlier.targetPath : null;
  if (!file) {
    const [job] = await studio.transfers.pullCardFiles(cameraId, [ref]);
    if (!job) throw new TetherError(ErrorCode.Internal, 'the transfer queue returned no job');
    const done = await awaitTransfer(studio, job.id, timeoutMs);
    if (!done.targetPath)
      throw new TetherError(ErrorCode.Internal, `transfer ${job.id} finished without a path`);
    file = done.targetPath;
  }
  const thumbnail = await studio.cards.image(cameraId, ref, 'thumbnail').catch(() => null);
  return { file, thumbnail };
}
