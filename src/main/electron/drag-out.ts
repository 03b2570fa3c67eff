import { ErrorCode, TetherError, isTetherError } from '../../shared/errors';
import { confinedRealPath } from '../core/path-guard';
import type { CardRef, DragTarget } from '../../shared/studio-client';
import type { TransferJob } from '../../shared/transfer-types';
import type { Studio } from '../app/studio';

/** The services a drag-out (and a reveal) needs. */
export type DragStudio = Pick<Studio, 'bus' | 'sessions' | 'shotImages' | 'transfers' | 'cards' | 'logDir'>;

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

/** The confined real path of the session shot stored at `path`, or null when no session holds one there. */
async function sessionFileAt(studio: DragStudio, path: string): Promise<string | null> {
  for (const session of studio.sessions.list()) {
    const shot = (await studio.sessions.shots(session.id)).find((s) => s.path === path);
    if (shot)
      return studio.sessions
        .shotFile(shot.id)
        .then((f) => f.path)
        .catch(() => null);
  }
  return null;
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
    // Only a file inside its session folder is handed to the OS (a planted record or symlink is refused).
    const { shot, path } = await studio.sessions.shotFile(target.shotId);
    const thumbnail = await studio.shotImages.get(shot.id, 'thumbnail').catch(() => null);
    return { file: path, thumbnail };
  }
  const { cameraId, ref } = target;
  const earlier = [...studio.transfers.history(), ...studio.transfers.list()]
    .reverse()
    .find((job) => job.state === 'done' && job.targetPath && sameCardFile(job, cameraId, ref));
  // The import history is a file on disk too: reuse an earlier pull only when it is a shot of a session.
  let file = earlier?.targetPath ? await sessionFileAt(studio, earlier.targetPath) : null;
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

/**
 * The real path of something the UI asks to show in the file manager, if it lies inside a folder the studio
 * owns (the session root, a session folder, the log folder): FORBIDDEN otherwise, NOT_FOUND when missing.
 */
export async function revealTarget(studio: DragStudio, path: string): Promise<string> {
  const roots = [studio.sessions.root, ...studio.sessions.list().map((s) => s.folder)];
  if (studio.logDir) roots.push(studio.logDir);
  let missing = false;
  for (const root of roots) {
    try {
      return await confinedRealPath(root, path);
    } catch (err) {
      if (isTetherError(err, ErrorCode.NotFound)) missing = true;
    }
  }
  if (missing) throw new TetherError(ErrorCode.NotFound, `${path} does not exist`);
  throw new TetherError(ErrorCode.Forbidden, `${path} is not in a folder of the studio`);
}
