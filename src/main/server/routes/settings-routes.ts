import { alphaRoutes } from '../../../shared/api/alpha-routes';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { ServerContext } from '../server-context';
import { cameraOk, cameraSummary } from './alpha-envelope';

const REBOOT_WARNING =
  'The camera applies the settings, reboots and drops the connection: reconnect afterwards.';

/** Save info, camera settings files (download/upload/list) and LUT import. */
export function registerSettingsRoutes(ctx: ServerContext<'cameras' | 'extras'>): void {
  const { studio, routes, hub } = ctx;
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
    cameraSummary(studio, cameraId);
    const saved = await studio.extras.downloadSettings(cameraId, body.filename);
    // SSE only, as the Alpha server does: this file is not a shot, so it never reaches the bus (or the importer).
    hub.publish('downloadComplete', {
      cameraId,
      filename: saved.path,
      savedPath: saved.path,
      type: 'settings',
    });
    return cameraOk(studio, cameraId, `Camera settings saved as ${saved.filename}`, { ...saved });
  });

  routes.add(alphaRoutes.uploadCameraSettings, async ({ params, body }) => {
    const { cameraId } = params;
    if (!body.filename)
      throw new TetherError(ErrorCode.InvalidArgument, 'filename is required (see GET settings/files)');
    cameraSummary(studio, cameraId);
    await studio.extras.uploadSettings(cameraId, body.filename);
    hub.publish('settingsResult', { cameraId, operation: 'read', success: true });
    return cameraOk(studio, cameraId, `Settings ${body.filename} loaded into the camera`, {
      warning: REBOOT_WARNING,
    });
  });

  routes.add(alphaRoutes.listSettingsFiles, async () => {
    const files = await studio.extras.listSettingsFiles();
    return { success: true, files, count: files.length };
  });

  routes.add(alphaRoutes.importLUT, async ({ params, body, reply }) => {
    cameraSummary(studio, params.cameraId);
    const file = await studio.extras.importLut(params.cameraId, body.filePath, body.slot);
    reply.code(202);
    return {
      success: true,
      message: `LUT import into slot ${body.slot} started`,
      data: { slot: body.slot, file },
    };
  });
}
