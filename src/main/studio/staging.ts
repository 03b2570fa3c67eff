import { join, resolve } from 'node:path';
import type { ConnectionMode, SaveInfo } from '../../shared/camera-types';
import { ErrorCode, TetherError, toErrorValue } from '../../shared/errors';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import { sanitizeFragment } from '../core/sanitize-name';
import { makeDir, prepareWritableDir } from '../core/bounded-fs';
import { isInside, requirePlatformAbsolute } from '../core/path-guard';

/** Modes in which the body can auto-download shots to the host. */
const SAVE_INFO_MODES: readonly ConnectionMode[] = ['remote', 'remote-transfer'];

/** The folder a camera's auto-downloads are staged in before the studio imports them. */
export function stagingDir(stagingRoot: string, cameraId: string): string {
  return join(stagingRoot, sanitizeFragment(cameraId, 'camera'));
}

/**
 * Where each camera's save-info (CRSDK `SetSaveInfo`) points. By default the studio's staging folder, whose
 * files the auto-importer moves into the session. An Alpha API client may set its own folder: the camera
 * then writes there, the studio never moves or deletes those files (it imports a copy), and the client's
 * choice is re-applied after a link loss or replug. A requested disconnect ends it: the next connection
 * starts at the staging folder again, as the Alpha server applies its connection-time save path.
 */
export class SaveInfoTargets {
  private readonly byClient = new Map<string, SaveInfo>();

  constructor(
    private readonly driver: CameraDriver,
    private readonly log: Logger,
    private readonly stagingRoot: string,
  ) {}

  /**
   * Sets a client's save-info (validated; the folder is created). The camera's own staging folder means
   * "back to the studio default"; any other folder inside the staging area is refused, since the importer
   * would move files out of it.
   */
  async set(cameraId: string, info: SaveInfo): Promise<SaveInfo> {
    const path = resolve(requirePlatformAbsolute(info?.path, 'The save-info path'));
    const own = resolve(stagingDir(this.stagingRoot, cameraId));
    if (path !== own && isInside(this.stagingRoot, path))
      throw new TetherError(ErrorCode.InvalidArgument, `${path} is inside the studio's staging area`);
    await prepareWritableDir(path, { what: 'the save-info folder' });
    const next = { ...info, path };
    await this.driver.setSaveInfo(cameraId, next);
    if (path === own) this.byClient.delete(cameraId);
    else this.byClient.set(cameraId, next);
    return { ...next };
  }

  /** What the client set, else what the body reports (the staging folder once connected). */
  get(cameraId: string): SaveInfo | null {
    const mine = this.byClient.get(cameraId);
    return mine ? { ...mine } : this.driver.getSaveInfo(cameraId);
  }

  /** The client's save-info, or null when no client set one. */
  client(cameraId: string): SaveInfo | null {
    const mine = this.byClient.get(cameraId);
    return mine ? { ...mine } : null;
  }

  /** Forgets a client's folder (requested disconnect). */
  clear(cameraId: string): void {
    this.byClient.delete(cameraId);
  }

  /**
   * Points the body's save-info at the client's folder or the staging folder (connect and every
   * reconnect). Failures are logged, not thrown: the connection is still useful without auto-import.
   */
  async apply(cameraId: string, mode: ConnectionMode): Promise<void> {
    if (!SAVE_INFO_MODES.includes(mode)) return;
    const info = this.byClient.get(cameraId) ?? {
      path: stagingDir(this.stagingRoot, cameraId),
      prefix: 'DSC',
      startNo: 1,
    };
    try {
      await makeDir(info.path, { what: 'the save-info folder' });
      await this.driver.setSaveInfo(cameraId, info);
    } catch (err) {
      this.log.warn(`cannot set save-info to ${info.path}: ${toErrorValue(err).message}`, { cameraId });
    }
  }
}
