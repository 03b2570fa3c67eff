import { alphaRoutes } from '../../../shared/api/alpha-routes';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import { withStatus } from '../http/error-status';
import type { ServerContext } from '../server-context';
import { cameraOk, cameraSummary } from './alpha-envelope';

/** Cameras, connection (POST/GET/DELETE with mode) and the access-authentication fingerprint. */
export function registerConnectionRoutes(ctx: ServerContext<'cameras' | 'extras'>): void {
  const { studio, routes, log } = ctx;

  routes.add(alphaRoutes.listCameras, async () => {
    const cameras = await studio.cameras.list();
    const discovery = studio.cameras.discovery();
    return {
      success: true,
      message: discovery.ok
        ? `${cameras.length} camera(s) found`
        : `${cameras.length} camera(s) found; camera discovery fails (retrying): ${discovery.message}`,
      cameras: cameras.map((c) => ({
        id: c.id,
        model: c.model,
        connectionType: c.connectionType,
        connected: c.connected,
        serial: c.serial,
        driver: c.driver,
        ...(c.mode ? { mode: c.mode } : {}),
        ...(c.state ? { state: c.state } : {}),
      })),
    };
  });

  routes.add(alphaRoutes.connectCamera, async ({ params, body }) => {
    const mode = body.mode ?? 'remote';
    if (body.auth || body.username)
      log.info('connect with access authentication requested', { cameraId: params.cameraId });
    try {
      const info = await studio.cameras.connect(params.cameraId, mode, {
        reconnect: body.reconnecting === 'on',
      });
      return cameraOk(studio, params.cameraId, `Connected to ${info.model} in ${mode} mode`, { mode });
    } catch (err) {
      // The spec answers an id missing from the enumeration with 400 on this endpoint.
      if (isTetherError(err, ErrorCode.CameraNotFound)) throw withStatus(err, 400);
      throw err;
    }
  });

  routes.add(alphaRoutes.getConnectionStatus, ({ params }) => {
    const info = studio.cameras.get(params.cameraId);
    const camera = { connected: info.connected, model: info.model, id: info.id };
    if (!info.connected || !info.mode) return { success: true, message: 'Camera not connected', camera };
    return { success: true, message: `Connected in ${info.mode} mode`, camera, data: { mode: info.mode } };
  });

  routes.add(alphaRoutes.disconnectCamera, async ({ params }) => {
    studio.cameras.requireConnected(params.cameraId);
    await studio.cameras.disconnect(params.cameraId);
    return cameraOk(studio, params.cameraId, 'Disconnected');
  });

  routes.add(alphaRoutes.getFingerprint, async ({ params }) => {
    const camera = cameraSummary(studio, params.cameraId);
    const fingerprint = await studio.extras.fingerprint(params.cameraId);
    if (fingerprint === null) {
      return {
        success: true,
        message: 'This camera does not use access authentication',
        camera,
        data: { ssh_supported: false },
      };
    }
    return { success: true, camera, data: { ssh_supported: true, fingerprint, length: fingerprint.length } };
  });
}
