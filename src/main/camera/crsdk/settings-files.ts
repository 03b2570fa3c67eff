import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { CameraLink } from './camera-link';
import type { NativeApi } from './native-api';

/** The camera settings file Sony bodies exchange with the host. */
export const SETTINGS_FILE = 'CUMSET.DAT';

async function requireFile(path: string, maxBytes: number): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new TetherError(ErrorCode.NotFound, `no file at ${path}`);
  }
  if (size === 0 || size > maxBytes)
    throw new TetherError(ErrorCode.InvalidValue, `${path} is ${size} bytes (expected 1..${maxBytes})`);
}

/** Settings file download/upload and LUT import through the SDK. */
export class SettingsFiles {
  constructor(
    private readonly api: NativeApi,
    private readonly stagingRoot: string = tmpdir(),
  ) {}

  /** Downloads the settings file to `hostPath` via `.part`, fsync and rename. */
  async download(link: CameraLink, filename: string, hostPath: string): Promise<void> {
    if (filename !== SETTINGS_FILE)
      throw new TetherError(ErrorCode.NotFound, `the body has no settings file ${filename}`);
    const dir = join(this.stagingRoot, `tether-crsdk-${randomUUID()}`);
    await mkdir(dir, { recursive: true });
    try {
      const stop = new AbortController();
      const written = link.waitFor(
        'settings',
        (ev) => ev.text || undefined,
        30_000,
        'the settings file',
        stop.signal,
      );
      written.catch(() => undefined);
      try {
        await this.api.downloadSettings(link.device, dir, SETTINGS_FILE);
      } catch (err) {
        stop.abort();
        throw err;
      }
      const staged = await written;
      const part = `${hostPath}.part`;
      try {
        await copyFile(staged, part);
        const fh = await open(part, 'r+');
        await fh.sync();
        await fh.close();
        await rename(part, hostPath);
      } catch (err) {
        await rm(part, { force: true }).catch(() => undefined);
        throw new TetherError(ErrorCode.IoError, `cannot write ${hostPath}: ${(err as Error).message}`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Uploads a settings file from the host. */
  async upload(link: CameraLink, hostPath: string): Promise<void> {
    await requireFile(hostPath, 1024 * 1024);
    await this.api.uploadSettings(link.device, hostPath);
  }

  /** Imports a `.cube` LUT into user slot `slot` (1..16). */
  async importLut(link: CameraLink, hostPath: string, slot: number): Promise<void> {
    if (!Number.isInteger(slot) || slot < 1 || slot > 16)
      throw new TetherError(ErrorCode.InvalidArgument, `LUT slot ${slot} outside 1..16`);
    await requireFile(hostPath, 32 * 1024 * 1024);
    const head = (await readFile(hostPath)).toString('utf8');
    if (!/^\s*LUT_3D_SIZE\s+\d+/m.test(head))
      throw new TetherError(ErrorCode.InvalidValue, `${hostPath} is not a 3D .cube LUT (no LUT_3D_SIZE)`);
    await this.api.importLut(link.device, hostPath, slot);
  }
}
