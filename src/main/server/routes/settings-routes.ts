import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { alphaRoutes } from '../../../shared/api/alpha-routes';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { sanitizeFileName } from '../../core/sanitize-name';
import { fsyncFile } from '../../core/file-commit';
import { publishPart } from '../../core/safe-write';
import type { ServerContext } from '../server-context';
import { cameraOk, cameraSummary } from './alpha-envelope';

const REBOOT_WARNING =
  'The camera applies the settings, reboots and drops the connection: reconnect afterwards.';

/** Save info, camera settings files (download/upload/list) and LUT import. */
export function registerSettingsRoutes(ctx: ServerContext): void {
  const { studio, routes, hub, settingsDir } = ctx;
  const connected = (cameraId: string) => {
    cameraSummary(studio, cameraId);
    studio.cameras.requireConnected(cameraId);
  };

  routes.add(alphaRoutes.getSaveInfo, ({ params }) => {
    connected(params.cameraId);
    const info = studio.cameras.saveInfo(params.cameraId);
    const camera = cameraSummary(studio, params.cameraId);
    return info
      ? { success: true, camera, data: info }
      : { success: true, message: 'No save path set', camera };
  });

  // The camera writes auto-downloads into the client's folder; the studio leaves those files where they
  // are (downloadComplete names them) and imports a copy into the active session.
  routes.add(alphaRoutes.setSaveInfo, async ({ params, body }) => {
    connected(params.cameraId);
    const current = studio.cameras.saveInfo(params.cameraId);
    const info = await studio.cameras.setSaveInfo(params.cameraId, {
      path: body.path,
      prefix: body.prefix ?? current?.prefix ?? 'DSC',
      startNo: body.startNo ?? current?.startNo ?? 1,
    });
    return cameraOk(studio, params.cameraId, `Save path set to ${info.path}`, info);
  });

  routes.add(alphaRoutes.downloadCameraSettings, async ({ params, body }) => {
    const { cameraId } = params;
    connected(cameraId);
    const onCamera = (await studio.driver.listSettingsFiles(cameraId))[0] ?? 'CUMSET.DAT';
    const name = sanitizeFileName(body.filename ?? onCamera, 'CUMSET.DAT');
    await mkdir(settingsDir, { recursive: true });
    const part = join(settingsDir, `.${name}.${Date.now()}.part`);
    try {
      await studio.driver.downloadSettings(cameraId, onCamera, part);
      await fsyncFile(part);
      const savedPath = await publishPart(part, settingsDir, name);
      const filename = savedPath.slice(settingsDir.length + 1);
      // On the SSE stream only: this file is not a shot, so the studio's importer must not see it.
      hub.publish('downloadComplete', { cameraId, filename, savedPath });
      return cameraOk(studio, cameraId, `Camera settings saved as ${filename}`, {
        path: savedPath,
        filename,
      });
    } catch (err) {
      await unlink(part).catch(() => undefined);
      throw err;
    }
  });

  routes.add(alphaRoutes.uploadCameraSettings, async ({ params, body }) => {
    const { cameraId } = params;
    if (!body.filename)
      throw new TetherError(ErrorCode.InvalidArgument, 'filename is required (see GET settings/files)');
    connected(cameraId);
    const path = join(settingsDir, body.filename);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile())
      throw new TetherError(ErrorCode.InvalidArgument, `No saved settings file named ${body.filename}`);
    await studio.driver.uploadSettings(cameraId, path);
    hub.publish('settingsResult', { cameraId, operation: 'read', success: true });
    return cameraOk(studio, cameraId, `Settings ${body.filename} loaded into the camera`, {
      warning: REBOOT_WARNING,
    });
  });

  routes.add(alphaRoutes.listSettingsFiles, async () => {
    const entries = await readdir(settingsDir, { withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((e) => e.isFile() && /\.dat$/i.test(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    return { success: true, files, count: files.length };
  });

  routes.add(alphaRoutes.importLUT, async ({ params, body, reply }) => {
    connected(params.cameraId);
    const file = resolve(body.filePath);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile())
      throw new TetherError(ErrorCode.InvalidArgument, `No such .cube file: ${body.filePath}`);
    await studio.driver.importLut(params.cameraId, file, body.slot);
    reply.code(202);
    return {
      success: true,
      message: `LUT import into slot ${body.slot} started`,
      data: { slot: body.slot, file },
    };
  });
}
