import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { LiveViewFrame } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { CameraDriver } from '../camera/driver';
import { fsyncFile } from '../core/file-commit';
import { publishPart } from '../core/safe-write';
import { sanitizeFileName } from '../core/sanitize-name';
import type { CameraExtrasApi, SavedSettingsFile } from './camera-extras-api';
import type { CameraRegistryApi } from './camera-registry-api';

const LIVE_MODES = ['remote', 'remote-transfer'] as const;
const DEFAULT_SETTINGS_NAME = 'CUMSET.DAT';

/** A plain file name (no folders, nothing the sanitiser would change), else INVALID_ARGUMENT. */
function plainName(name: string): string {
  if (typeof name !== 'string' || name === '' || sanitizeFileName(name, '') !== name || /[\\/]/.test(name))
    throw new TetherError(ErrorCode.InvalidArgument, `not a plain file name: ${String(name)}`);
  return name;
}

/** OSD, camera settings files, LUT import and the fingerprint, with the connection checks the driver expects. */
export class CameraExtras implements CameraExtrasApi {
  constructor(
    private readonly driver: CameraDriver,
    private readonly registry: CameraRegistryApi,
    /** Where downloaded settings files are kept (and uploads are read from). */
    private readonly settingsDir: string,
  ) {}

  async setOsdEnabled(cameraId: string, enabled: boolean): Promise<void> {
    this.registry.requireConnected(cameraId, LIVE_MODES);
    await this.driver.setOsdEnabled(cameraId, enabled);
  }

  osdStatus(cameraId: string): { supported: boolean; enabled: boolean } {
    this.registry.requireConnected(cameraId, LIVE_MODES);
    const { supported, enabled } = this.driver.getOsdStatus(cameraId);
    return { supported, enabled };
  }

  latestOsdFrame(cameraId: string): LiveViewFrame | null {
    if (this.registry.state(cameraId) !== 'connected') return null;
    return this.driver.getLatestOsdFrame(cameraId);
  }

  async fingerprint(cameraId: string): Promise<string | null> {
    this.registry.get(cameraId);
    return this.driver.getFingerprint(cameraId);
  }

  async listSettingsFiles(): Promise<string[]> {
    const entries = await readdir(this.settingsDir, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => e.isFile() && /\.dat$/i.test(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  }

  async downloadSettings(cameraId: string, filename?: string): Promise<SavedSettingsFile> {
    this.registry.requireConnected(cameraId);
    const onCamera = (await this.driver.listSettingsFiles(cameraId))[0] ?? DEFAULT_SETTINGS_NAME;
    const plain = sanitizeFileName(filename ?? onCamera, DEFAULT_SETTINGS_NAME);
    // Only `.dat` files are listed (and loadable): a name given without it gets it.
    const name = /\.dat$/i.test(plain) ? plain : `${plain}.DAT`;
    await mkdir(this.settingsDir, { recursive: true });
    const part = join(this.settingsDir, `.${name}.${Date.now()}.part`);
    try {
      await this.driver.downloadSettings(cameraId, onCamera, part);
      await fsyncFile(part);
      const path = await publishPart(part, this.settingsDir, name);
      return { path, filename: path.slice(this.settingsDir.length + 1) };
    } catch (err) {
      await unlink(part).catch(() => undefined);
      throw err;
    }
  }

  async uploadSettings(cameraId: string, filename: string): Promise<void> {
    this.registry.requireConnected(cameraId);
    const path = join(this.settingsDir, plainName(filename));
    const info = await stat(path).catch(() => null);
    if (!info?.isFile())
      throw new TetherError(ErrorCode.InvalidArgument, `No saved settings file named ${filename}`);
    await this.driver.uploadSettings(cameraId, path);
  }

  async importLut(cameraId: string, filePath: string, slot: number): Promise<string> {
    this.registry.requireConnected(cameraId);
    if (!isAbsolute(filePath) || !/\.cube$/i.test(filePath))
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `filePath must be an absolute .cube file: ${filePath}`,
      );
    if (!Number.isInteger(slot) || slot < 1 || slot > 16)
      throw new TetherError(ErrorCode.InvalidArgument, 'slot must be 1..16');
    const file = resolve(filePath);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new TetherError(ErrorCode.InvalidArgument, `No such .cube file: ${filePath}`);
    await this.driver.importLut(cameraId, file, slot);
    return file;
  }
}
