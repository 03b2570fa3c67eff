import type { CardFile, CardSlot } from '../../shared/camera-types';
import type { CardRef } from '../../shared/studio-client';

/** A card image saved on the host. */
export interface SavedCardImage {
  path: string;
  size: number;
}

/** Card contents (files need remote-transfer or contents mode; implemented by `CardService`). */
export interface CardServiceApi {
  /** Card slots and their status. */
  slots(cameraId: string): Promise<CardSlot[]>;
  /** Files on a slot, oldest first. */
  list(cameraId: string, slot: number): Promise<CardFile[]>;
  /** One file by reference; NOT_FOUND when the card has no such file. */
  find(cameraId: string, ref: CardRef): Promise<CardFile>;
  /** A thumbnail or screennail JPEG of a card file. */
  image(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array>;
  /**
   * Saves a card file's thumbnail/screennail as `<name>_<kind>.jpg` in `dir` (absolute; default: the folder of
   * a client's save-info, else the studio's previews folder): `.part`, fsync, never overwriting. Then emits
   * the completion the Alpha server sends, `transferProgress` with `percent: 100` and `savedPath`.
   */
  saveImage(
    cameraId: string,
    ref: CardRef,
    kind: 'thumbnail' | 'screennail',
    dir?: string,
  ): Promise<SavedCardImage>;
}
