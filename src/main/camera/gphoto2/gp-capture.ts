import { access } from 'node:fs/promises';
import { makeDir } from '../../core/bounded-fs';
import { extname, join, parse } from 'node:path';
import { ErrorCode, TetherError, toErrorValue } from '../../../shared/errors';
import { writeFileAtomic } from '../../core/json-file';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { Logger } from '../../core/logger';
import type { DriverEventMap } from '../driver';
import type { Gphoto2Api } from './gp-api';
import type { GpCard } from './gp-card';
import type { GpLink } from './gp-link';
import { destinationOf, refreshStorages } from './gp-properties';

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/**
 * New shots: the driver's own captures (`gp_camera_capture`) and shots the camera reports by itself (shutter
 * pressed on the body: a "file added" event). Depending on the store destination a shot is downloaded into the
 * save-info folder (`<prefix><number>.<ext>`, `.part` then rename; RAW+JPEG of one shot share the number),
 * deleted from the camera's RAM afterwards, and/or announced as a new card file.
 */
export class GpCapture {
  private readonly lastStem = new Map<GpLink, { stem: string; number: number }>();

  constructor(
    private readonly api: Gphoto2Api,
    private readonly card: GpCard,
    private readonly events: TypedEmitter<DriverEventMap>,
    private readonly log: Logger,
  ) {}

  /** Takes a picture; the download runs on after the shutter returns (its outcome arrives as events). */
  async capture(link: GpLink): Promise<void> {
    const shot = await link.call((cam) => this.api.capture(cam));
    link.handledFiles.add(`${shot.folder}/${shot.name}`);
    void this.newFile(link, shot.folder, shot.name);
  }

  /** A file the camera reported; ignored when the driver already handled it. */
  cameraAdded(link: GpLink, folder: string, name: string): void {
    const key = `${folder}/${name}`;
    if (link.handledFiles.has(key)) return;
    link.handledFiles.add(key);
    void this.newFile(link, folder, name);
  }

  private async newFile(link: GpLink, folder: string, name: string): Promise<void> {
    const { cameraId } = link;
    try {
      const dest = destinationOf(link);
      if (dest !== 'host') {
        const added = await this.card.fileAt(link, folder, name);
        if (added) this.events.emit('contentsChanged', { cameraId, slot: added.slot, added: [added] });
      }
      if (dest === 'card') return void (await refreshStorages(link, this.api, this.events));
      const data = await link.call((cam) => this.api.getFile(cam, folder, name, 'normal'));
      const stagedPath = await this.stage(link, name, data);
      if (dest === 'host') {
        // A shot in the camera's RAM stays there until it is deleted (PTP bodies refuse the next one otherwise).
        await link
          .call((cam) => this.api.deleteFile(cam, folder, name))
          .catch((err) =>
            this.log.debug(`could not delete ${folder}/${name}: ${toErrorValue(err).message}`, { cameraId }),
          );
      }
      this.events.emit('downloadComplete', {
        cameraId,
        filename: parse(stagedPath).base,
        stagedPath,
        size: data.length,
      });
      await refreshStorages(link, this.api, this.events);
    } catch (err) {
      const error = toErrorValue(err);
      this.log.error(`shot ${folder}/${name} was not downloaded: ${error.message}`, { cameraId });
      this.events.emit('error', {
        cameraId,
        error: { ...error, message: `Shot ${name} was not downloaded: ${error.message}` },
      });
    }
  }

  private async stage(link: GpLink, cameraName: string, data: Uint8Array): Promise<string> {
    const info = link.saveInfo;
    if (!info) throw new TetherError(ErrorCode.IoError, 'no save folder is set for this camera');
    await makeDir(info.path, { what: 'the save-info folder' });
    const ext = (extname(cameraName) || '.JPG').toUpperCase();
    const stem = parse(cameraName).name;
    const last = this.lastStem.get(link);
    const nameOf = (n: number) => `${info.prefix}${String(n).padStart(5, '0')}${ext}`;
    // The RAW and JPEG of one shot arrive one after the other with the same camera stem: one number.
    let n: number;
    if (last && last.stem === stem && !(await exists(join(info.path, nameOf(last.number))))) n = last.number;
    else {
      n = Math.max(link.nextNumber, info.startNo);
      while (await exists(join(info.path, nameOf(n)))) n++;
    }
    link.nextNumber = Math.max(link.nextNumber, n + 1);
    this.lastStem.set(link, { stem, number: n });
    const path = join(info.path, nameOf(n));
    try {
      await writeFileAtomic(path, data);
    } catch (err) {
      throw new TetherError(ErrorCode.IoError, `cannot save ${path}: ${(err as Error).message}`);
    }
    return path;
  }
}
