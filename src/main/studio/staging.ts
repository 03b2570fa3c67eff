import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConnectionMode } from '../../shared/camera-types';
import { toErrorValue } from '../../shared/errors';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../log/logger';
import { sanitizeFragment } from '../session/sanitize-name';

/** Modes in which the body can auto-download shots to the host. */
const SAVE_INFO_MODES: readonly ConnectionMode[] = ['remote', 'remote-transfer'];

/** The folder a camera's auto-downloads are staged in before the studio imports them. */
export function stagingDir(stagingRoot: string, cameraId: string): string {
  return join(stagingRoot, sanitizeFragment(cameraId, 'camera'));
}

/**
 * Points the body's save-info (CRSDK `SetSaveInfo`) at its staging folder so auto-downloads come to the
 * studio. Failures are logged, not thrown: the connection is still useful without auto-import.
 */
export async function applyStagingSaveInfo(
  driver: CameraDriver,
  log: Logger,
  stagingRoot: string,
  cameraId: string,
  mode: ConnectionMode,
): Promise<void> {
  if (!SAVE_INFO_MODES.includes(mode)) return;
  const path = stagingDir(stagingRoot, cameraId);
  try {
    await mkdir(path, { recursive: true });
    await driver.setSaveInfo(cameraId, { path, prefix: 'DSC', startNo: 1 });
  } catch (err) {
    log.warn(`cannot set save-info to ${path}: ${toErrorValue(err).message}`, { cameraId });
  }
}
