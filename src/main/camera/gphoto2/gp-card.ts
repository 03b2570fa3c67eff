import { parse } from 'node:path';
import type { CardFile, CardSlot } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { ContentStream, OpenContentOptions } from '../driver';
import type { Gphoto2Api, GpStorage } from './gp-api';
import { openCardStream } from './gp-content-stream';
import type { GpLink } from './gp-link';
import { cardImage } from './gp-thumbnails';
import { kindOf } from './file-kind';

/** A card file reference as the driver interface carries it. */
export interface CardRef {
  slot: number;
  contentId: number;
  fileId: number;
}

const CARD_MODES = ['remote-transfer', 'contents'] as const;
/** ISO 8601 local time (no zone) of a camera mtime: PTP dates carry no zone. */
const isoTime = (seconds: number | undefined) => new Date((seconds ?? 0) * 1000).toISOString().slice(0, 19);

interface Located {
  folder: string;
  name: string;
}

/**
 * Card browsing over the camera's storages: slot n is the n-th storage; files are found by walking its folders;
 * a content is one shot (files sharing folder and stem, e.g. RAW+JPEG) with one file id per file. Ids stay the
 * same for the life of the connection.
 */
export class GpCard {
  private readonly ids = new WeakMap<
    GpLink,
    { byPath: Map<string, CardRef>; byRef: Map<string, Located>; next: number }
  >();

  constructor(private readonly api: Gphoto2Api) {}

  private registry(link: GpLink) {
    let r = this.ids.get(link);
    if (!r) this.ids.set(link, (r = { byPath: new Map(), byRef: new Map(), next: 1 }));
    return r;
  }

  private refFor(link: GpLink, slot: number, folder: string, name: string): CardRef {
    const r = this.registry(link);
    const path = `${folder}/${name}`;
    const known = r.byPath.get(path);
    if (known) return known;
    const stemKey = `${folder}/${parse(name).name}`;
    const sibling = [...r.byPath.entries()].find(
      ([p]) => `${p.slice(0, p.lastIndexOf('/'))}/${parse(p).name}` === stemKey,
    );
    const contentId = sibling ? sibling[1].contentId : r.next++;
    const fileId = [...r.byPath.values()].filter((v) => v.contentId === contentId).length + 1;
    const ref = { slot, contentId, fileId };
    r.byPath.set(path, ref);
    r.byRef.set(`${slot}/${contentId}/${fileId}`, { folder, name });
    return ref;
  }

  private async storages(link: GpLink): Promise<GpStorage[]> {
    return link.call((cam) => this.api.storage(cam));
  }

  async slots(link: GpLink): Promise<CardSlot[]> {
    const storages = await this.storages(link);
    const slots: CardSlot[] = [];
    for (const [i, s] of storages.entries()) {
      const files = link.mode === 'remote' ? [] : await this.walk(link, s.basedir);
      const full = s.freeImages === 0 || s.freeKb === 0;
      slots.push({
        slot: i + 1,
        status: full ? 'full' : 'ok',
        remainingPhotos: s.freeImages ?? 0,
        fileCount: files.length,
      });
    }
    return slots;
  }

  private async walk(link: GpLink, folder: string, depth = 0): Promise<Located[]> {
    const files = (await link.call((cam) => this.api.listFiles(cam, folder))).map((name) => ({
      folder,
      name,
    }));
    if (depth > 6) return files;
    for (const sub of await link.call((cam) => this.api.listFolders(cam, folder)))
      files.push(...(await this.walk(link, `${folder === '/' ? '' : folder}/${sub}`, depth + 1)));
    return files;
  }

  private async describe(link: GpLink, slot: number, at: Located): Promise<CardFile> {
    const info = await link.call((cam) => this.api.fileInfo(cam, at.folder, at.name));
    const ref = this.refFor(link, slot, at.folder, at.name);
    return {
      ...ref,
      path: `${at.folder}/${at.name}`.replace(/^\/+/, ''),
      name: at.name,
      size: info.size,
      ...(info.width ? { width: info.width } : {}),
      ...(info.height ? { height: info.height } : {}),
      createdAt: isoTime(info.mtime),
      kind: kindOf(at.name),
    };
  }

  /** Files on a slot, oldest first. */
  async list(link: GpLink, slot: number): Promise<CardFile[]> {
    link.requireMode(CARD_MODES);
    const storage = (await this.storages(link))[slot - 1];
    if (!storage) throw new TetherError(ErrorCode.NotFound, `this camera has no card slot ${slot}`);
    const files: CardFile[] = [];
    for (const at of await this.walk(link, storage.basedir)) files.push(await this.describe(link, slot, at));
    return files.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.path.localeCompare(b.path));
  }

  /** The card file at a camera path (for `contentsChanged`), or null when it is on no known storage. */
  async fileAt(link: GpLink, folder: string, name: string): Promise<CardFile | null> {
    const storages = await this.storages(link);
    const index = storages.findIndex((s) => folder === s.basedir || folder.startsWith(`${s.basedir}/`));
    return index < 0 ? null : this.describe(link, index + 1, { folder, name });
  }

  private async locate(link: GpLink, ref: CardRef): Promise<Located> {
    const key = `${ref.slot}/${ref.contentId}/${ref.fileId}`;
    if (!this.registry(link).byRef.has(key)) await this.list(link, ref.slot);
    const at = this.registry(link).byRef.get(key);
    if (!at)
      throw new TetherError(ErrorCode.NotFound, `no file ${ref.contentId}/${ref.fileId} on slot ${ref.slot}`);
    return at;
  }

  /** A thumbnail (~160 px) or screennail (~1616 px) JPEG. */
  async image(link: GpLink, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    link.requireMode(CARD_MODES);
    const at = await this.locate(link, ref);
    return cardImage(link, this.api, at.folder, at.name, kind);
  }

  /** Opens a file for reading; one transfer per camera at a time (a second gets CAMERA_BUSY). */
  async open(link: GpLink, ref: CardRef, options: OpenContentOptions = {}): Promise<ContentStream> {
    link.requireMode(CARD_MODES);
    if (link.transferBusy)
      throw new TetherError(ErrorCode.CameraBusy, 'another card transfer is running on this camera');
    const at = await this.locate(link, ref);
    link.transferBusy = true;
    try {
      return await openCardStream(link, this.api, at.folder, at.name, options);
    } catch (err) {
      link.transferBusy = false;
      throw err;
    }
  }
}
