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
      // Idempotent as the reference server: a connected camera answers 200 "Camera already connected" in the
      // mode it has; requests from every client run one at a time, in arrival order.
      const { camera, changed } = await studio.cameras.requestConnect(params.cameraId, mode, {
        reconnect: body.reconnecting === 'on',
      });
      if (!changed)
        return cameraOk(studio, params.cameraId, 'Camera already connected', { mode: camera.mode ?? mode });
      return cameraOk(studio, params.cameraId, `Connected to ${camera.model} in ${mode} mode`, { mode });
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
    // Idempotent as the reference server: a camera that is not connected answers 200 "Camera not connected".
    // An id never enumerated: the spec's 400 (the reference answers 200 "Camera not connected"; see
    // docs/ALPHA-API-COMPATIBILITY.md).
    let changed: boolean;
    try {
      ({ changed } = await studio.cameras.requestDisconnect(params.cameraId));
    } catch (err) {
      throw isTetherError(err, ErrorCode.CameraNotFound) ? withStatus(err, 400) : err;
    }
    return cameraOk(studio, params.cameraId, changed ? 'Disconnected' : 'Camera not connected');
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
