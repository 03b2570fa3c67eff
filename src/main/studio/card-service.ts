import { isAbsolute } from 'node:path';
import type { CardFile, CardSlot } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { CardRef } from '../../shared/studio-client';
import type { CardServiceApi, SavedCardImage } from './card-api';
import type { CameraRegistryApi } from './camera-registry-api';
import type { CameraDriver } from '../camera/driver';
import type { EventBus } from '../core/event-bus';
import { writeFileSafely } from '../core/safe-write';
import { sanitizeFileName } from '../core/sanitize-name';
import { CardThumbCache } from './card-thumb-cache';

/** CRSDK `CrNotify_RemoteTransfer_Result_OK`: the `notify` of a finished pull's `transferProgress`. */
export const NOTIFY_TRANSFER_OK = '0x20093';
/** CRSDK `CrNotify_RemoteTransfer_InProgress`: the `notify` of a pull's progress reports. */
export const NOTIFY_TRANSFER_IN_PROGRESS = '0x20099';

/** Throws INVALID_ARGUMENT unless `ref` is a well-formed card file reference. */
export function checkCardRef(ref: CardRef): void {
  const int = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  if (!ref || !int(ref.slot, 1, 2) || !int(ref.contentId, 0) || !int(ref.fileId, 0)) {
    throw new TetherError(
      ErrorCode.InvalidArgument,
      'A card reference needs slot 1..2 and non-negative integer contentId and fileId',
    );
  }
}

/**
 * Card slots, file lists and thumbnails, with connection checks and validated references. Thumbnails of
 * listed files go through a disk cache (`thumbs`): the camera is asked for each one once.
 */
export class CardService implements CardServiceApi {
  /** The latest listing of each camera's slots, by `slot:contentId:fileId` (what a thumbnail's cache key needs). */
  private readonly listed = new Map<string, Map<string, CardFile>>();

  constructor(
    private readonly driver: CameraDriver,
    private readonly registry: CameraRegistryApi,
    private readonly bus: EventBus,
    /** Where saved card images go when neither the caller nor a client's save-info names a folder. */
    private readonly previewsDir: string,
    /** The card thumbnail cache (absent: every thumbnail is asked of the camera). */
    readonly thumbs: CardThumbCache | null = null,
  ) {}

  async slots(cameraId: string): Promise<CardSlot[]> {
    this.registry.requireConnected(cameraId);
    return this.driver.getCardSlots(cameraId);
  }

  async list(cameraId: string, slot: number): Promise<CardFile[]> {
    if (!Number.isInteger(slot) || slot < 1 || slot > 2)
      throw new TetherError(ErrorCode.InvalidArgument, 'slot must be 1 or 2');
    this.registry.requireConnected(cameraId);
    const files = await this.driver.listContents(cameraId, slot);
    this.listed.set(`${cameraId}\0${slot}`, new Map(files.map((f) => [`${f.contentId}:${f.fileId}`, f])));
    return files;
  }

  async image(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    checkCardRef(ref);
    if (kind !== 'thumbnail' && kind !== 'screennail')
      throw new TetherError(ErrorCode.InvalidArgument, "kind must be 'thumbnail' or 'screennail'");
    this.registry.requireConnected(cameraId);
    const fetch = () =>
      this.driver.getContentImage(
        cameraId,
        { slot: ref.slot, contentId: ref.contentId, fileId: ref.fileId },
        kind,
      );
    const file = this.listed.get(`${cameraId}\0${ref.slot}`)?.get(`${ref.contentId}:${ref.fileId}`);
    if (kind !== 'thumbnail' || !file || !this.thumbs) return fetch();
    return this.thumbs.get(CardThumbCache.key(this.serial(cameraId), file), fetch);
  }

  private serial(cameraId: string): string {
    try {
      return this.registry.get(cameraId).serial || cameraId;
    } catch {
      return cameraId;
    }
  }

  /** Finds one file on the card by reference; NOT_FOUND when the card has no such file. */
  async find(cameraId: string, ref: CardRef): Promise<CardFile> {
    checkCardRef(ref);
    const files = await this.list(cameraId, ref.slot);
    const file = files.find((f) => f.contentId === ref.contentId && f.fileId === ref.fileId);
    if (!file)
      throw new TetherError(ErrorCode.NotFound, `No file ${ref.contentId}/${ref.fileId} on slot ${ref.slot}`);
    return file;
  }

  async saveImage(
    cameraId: string,
    ref: CardRef,
    kind: 'thumbnail' | 'screennail',
    dir?: string,
  ): Promise<SavedCardImage> {
    if (dir !== undefined && (typeof dir !== 'string' || !isAbsolute(dir)))
      throw new TetherError(ErrorCode.InvalidArgument, `the folder must be an absolute path: ${String(dir)}`);
    const saved = await this.registry.work(cameraId, async () => {
      const file = await this.find(cameraId, ref);
      const bytes = await this.image(cameraId, ref, kind);
      const folder = dir ?? this.registry.clientSaveInfo(cameraId)?.path ?? this.previewsDir;
      const stem = sanitizeFileName(file.name).replace(/\.[^.]*$/, '');
      const path = await writeFileSafely(folder, `${stem}_${kind}.jpg`, bytes);
      return { path, size: bytes.byteLength };
    });
    // The completion the Alpha server delivers for these pulls (its MCP client waits for it).
    this.bus.emit('transferProgress', {
      cameraId,
      contentId: ref.contentId,
      fileId: ref.fileId,
      percent: 100,
      notify: NOTIFY_TRANSFER_OK,
      savedPath: saved.path,
      filename: saved.path,
    });
    return saved;
  }
}
