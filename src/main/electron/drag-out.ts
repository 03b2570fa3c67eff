import { ErrorCode, TetherError, isTetherError } from '../../shared/errors';
import { confinedRealPath } from '../core/path-guard';
import type { CardRef, DragTarget } from '../../shared/studio-client';
import type { TransferJob } from '../../shared/transfer-types';
import type { Studio } from '../app/studio';

/** The services a drag-out (and a reveal) needs. */
export type DragStudio = Pick<Studio, 'sessions' | 'shotImages' | 'transfers' | 'cards' | 'logDir'>;

/** A file ready to be dragged, with JPEG bytes for the drag icon when available. */
export interface DragFile {
  file: string;
  thumbnail: Uint8Array | null;
}

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

/** A card file's copy in a session: an earlier pull of it, else the shot that matches it (tethered too). */
async function pulledCopy(studio: DragStudio, cameraId: string, ref: CardRef): Promise<string | null> {
  const earlier = [...studio.transfers.history(), ...studio.transfers.list()]
    .reverse()
    .find((job) => job.state === 'done' && job.targetPath && sameCardFile(job, cameraId, ref));
  // The import history is a file on disk too: reuse an earlier pull only when it is a shot of a session.
  const fromPull = earlier?.targetPath ? await sessionFileAt(studio, earlier.targetPath) : null;
  if (fromPull) return fromPull;
  const file = await studio.cards.find(cameraId, ref);
  const [mark] = await studio.transfers.importMarks(cameraId, [file]);
  if (!mark) return null;
  return studio.sessions
    .shotFile(mark.shotId)
    .then((f) => f.path)
    .catch(() => null);
}

/**
 * The file behind a drag: a session shot as it is on disk, or the session copy of a card file. The OS
 * drag needs the file when it starts (`webContents.startDrag`), and a pull inside the gesture cannot be
 * made reliable, so a card file not pulled yet is refused (OPERATION_REJECTED: the tile says "pull to
 * drag"); the UI offers the drag only for pulled files.
 */
export async function resolveDragFile(studio: DragStudio, target: DragTarget): Promise<DragFile> {
  if (target.kind === 'shot') {
    // Only a file inside its session folder is handed to the OS (a planted record or symlink is refused).
    const { shot, path } = await studio.sessions.shotFile(target.shotId);
    const thumbnail = await studio.shotImages.get(shot.id, 'thumbnail').catch(() => null);
    return { file: path, thumbnail };
  }
  const { cameraId, ref } = target;
  const file = await pulledCopy(studio, cameraId, ref);
  if (!file)
    throw new TetherError(
      ErrorCode.OperationRejected,
      'This card file is not in a session yet: pull it first, then drag it out',
    );
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
