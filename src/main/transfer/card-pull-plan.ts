import type { CardFile } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { CardRef } from '../../shared/studio-client';
import type { TransferJob } from '../../shared/transfer-types';
import type { ImportedShots } from '../session/imported-shots';
import type { CardService } from '../studio/card-service';

const LIVE = new Set<TransferJob['state']>(['queued', 'running', 'paused']);

/** The card files behind `refs` (each slot listed once); NOT_FOUND for a reference the card does not hold. */
export async function cardFilesFor(
  cards: CardService,
  cameraId: string,
  refs: CardRef[],
): Promise<CardFile[]> {
  const listings = new Map<number, CardFile[]>();
  const files: CardFile[] = [];
  for (const ref of refs) {
    if (!listings.has(ref.slot)) listings.set(ref.slot, await cards.list(cameraId, ref.slot));
    const file = listings
      .get(ref.slot)
      ?.find((f) => f.contentId === ref.contentId && f.fileId === ref.fileId);
    if (!file)
      throw new TetherError(ErrorCode.NotFound, `No file ${ref.contentId}/${ref.fileId} on slot ${ref.slot}`);
    files.push(file);
  }
  return files;
}

/**
 * What a pull with `skipImported` leaves out: files a session already holds (same camera, name, size and
 * capture time) and files a pull of this camera is already under way for (queued, running or paused).
 */
export async function withoutImported(
  files: CardFile[],
  cameraId: string,
  imported: ImportedShots,
  jobs: Iterable<TransferJob>,
): Promise<CardFile[]> {
  const busy = new Set<string>();
  for (const j of jobs)
    if (j.cameraId === cameraId && j.source.kind === 'card' && LIVE.has(j.state))
      busy.add(`${j.source.slot}:${j.source.contentId}:${j.source.fileId}`);
  const marks = await imported.marks(cameraId, files);
  return files.filter((f, i) => !marks[i] && !busy.has(`${f.slot}:${f.contentId}:${f.fileId}`));
}
