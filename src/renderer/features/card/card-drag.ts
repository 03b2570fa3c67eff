import {
  cardDragPayloadSchema,
  type CardDragPayload,
  type CardListingFile,
} from '../../../shared/card-import-types';
import type { CardRef } from '../../../shared/studio-client';

/** The drag payload type of card tiles inside the window (what a session in the list accepts). */
export const CARD_DRAG_TYPE = 'application/x-tether-card-files';

/** Puts the dragged card files on a drag (for a drop onto a session of the list). */
export function setCardDrag(dataTransfer: DataTransfer, payload: CardDragPayload): void {
  dataTransfer.effectAllowed = 'copy';
  dataTransfer.setData(CARD_DRAG_TYPE, JSON.stringify(payload));
}

/** True while a drag carries card tiles (types are all a `dragover` may read). */
export function carriesCardFiles(dataTransfer: DataTransfer): boolean {
  return Array.from(dataTransfer.types).includes(CARD_DRAG_TYPE);
}

/** The card files of a drop, validated; null when the drop holds none (or something malformed). */
export function readCardDrag(dataTransfer: DataTransfer): CardDragPayload | null {
  const raw = dataTransfer.getData(CARD_DRAG_TYPE);
  if (!raw) return null;
  try {
    const parsed = cardDragPayloadSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The tiles a drag takes: the whole selection when the dragged tile is part of it, else that tile alone
 * (as a file manager does).
 */
export function draggedRefs(
  file: CardRef,
  fileKey: string,
  selected: Record<string, true>,
  files: readonly CardRef[],
  keyOf: (f: CardRef) => string,
): CardRef[] {
  const ref = (f: CardRef) => ({ slot: f.slot, contentId: f.contentId, fileId: f.fileId });
  if (!selected[fileKey]) return [ref(file)];
  return files.filter((f) => selected[keyOf(f)]).map(ref);
}

/**
 * How a card tile may leave the window. The OS drag needs the file to exist when it starts, and a pull
 * inside the gesture is not reliable, so only a file already in a session is dragged out: natively
 * (Electron, the session shot) or as a download of the shot (a browser). Anything else says "pull to drag".
 */
export type CardDragOut =
  | { kind: 'native'; shotId: string }
  | { kind: 'download'; url: string; shot: { kind: CardListingFile['kind']; fileName: string } }
  | { kind: 'pull-first' };

/** The drag-out rule for one tile (see {@link CardDragOut}). */
export function cardDragOut(
  file: CardListingFile,
  native: boolean,
  shotFileUrl: (shotId: string) => string | null,
): CardDragOut {
  const mark = file.imported;
  if (!mark) return { kind: 'pull-first' };
  if (native) return { kind: 'native', shotId: mark.shotId };
  const url = shotFileUrl(mark.shotId);
  return url
    ? { kind: 'download', url, shot: { kind: file.kind, fileName: mark.fileName } }
    : { kind: 'pull-first' };
}
