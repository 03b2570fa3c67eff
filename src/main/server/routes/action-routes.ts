import { alphaRoutes } from '../../../shared/api/alpha-routes';
import type { CameraCommand } from '../../../shared/camera-types';
import { TetherError } from '../../../shared/errors';
import type { ServerContext } from '../server-context';
import { cameraOk, cameraSummary, toAfSpace } from './alpha-envelope';

const ZOOM_PRESET = { normal: 5, fast: 10 } as const;

/** Re-throws a refused button press with the body's supported list as `data.supported_buttons`. */
function withSupportedButtons(err: unknown): never {
  if (err instanceof TetherError && err.details) {
    const list = err.details.supported_buttons ?? err.details.supportedButtons ?? err.details.supported;
    if (Array.isArray(list)) throw new TetherError(err.code, err.message, { supported_buttons: list });
  }
  throw err;
}

/** Shutter, button, touch, half-press, AF-shutter, zoom, movie, focus near/far. */
export function registerActionRoutes(ctx: ServerContext<'cameras' | 'capture'>): void {
  const { studio, routes } = ctx;
  const send = async (cameraId: string, command: CameraCommand, message: string) => {
    cameraSummary(studio, cameraId);
    await studio.capture.sendCommand(cameraId, command);
    return cameraOk(studio, cameraId, message);
  };

  routes.add(alphaRoutes.triggerShutter, async ({ params, body }) => {
    if (body.action)
      return send(params.cameraId, { type: 'release', action: body.action }, `Shutter ${body.action}`);
    cameraSummary(studio, params.cameraId);
    await studio.capture.capture(params.cameraId, { autofocus: false });
    return cameraOk(studio, params.cameraId, 'Shutter released');
  });

  routes.add(alphaRoutes.pressCameraButton, async ({ params, body }) => {
    const action = body.action ?? 'press';
    try {
      return await send(
        params.cameraId,
        { type: 'button', button: body.button, action },
        `Button ${body.button} ${action}`,
      );
    } catch (err) {
      return withSupportedButtons(err);
    }
  });

  routes.add(alphaRoutes.remoteTouch, ({ params, body }) => {
    const { x, y } = body.normalized ? toAfSpace(body.normalized) : { x: body.x ?? 0, y: body.y ?? 0 };
    return send(
      params.cameraId,
      { type: 'touch', x, y },
      `Touch sent at ${x},${y}; read the tracking frame to see the result`,
    );
  });

  routes.add(alphaRoutes.cancelRemoteTouch, ({ params }) =>
    send(params.cameraId, { type: 'touchCancel' }, 'Touch cancelled'),
  );

  routes.add(alphaRoutes.halfPress, async ({ params }) => {
    cameraSummary(studio, params.cameraId);
    const { focused } = await studio.capture.halfPress(params.cameraId);
    return cameraOk(
      studio,
      params.cameraId,
      focused ? 'Half-press: focused' : 'Half-press: focus not confirmed',
      { focused },
    );
  });

  routes.add(alphaRoutes.afShutter, async ({ params }) => {
    cameraSummary(studio, params.cameraId);
    const { focused } = await studio.capture.capture(params.cameraId, {
      autofocus: true,
      refuseManualFocus: true,
    });
    return cameraOk(
      studio,
      params.cameraId,
      focused ? 'Focused and captured' : 'Captured (focus not confirmed)',
      { focused },
    );
  });

  routes.add(alphaRoutes.controlZoom, ({ params, body }) => {
    const speed =
      'direction' in body ? (body.direction === 'in' ? 1 : -1) * ZOOM_PRESET[body.speed] : body.speed;
    return send(
      params.cameraId,
      { type: 'zoom', speed },
      speed === 0 ? 'Zoom stopped' : `Zoom at speed ${speed}`,
    );
  });

  routes.add(alphaRoutes.toggleMovieRecording, ({ params }) =>
    send(params.cameraId, { type: 'movieRecord', action: 'toggle' }, 'Movie recording toggled'),
  );

  routes.add(alphaRoutes.focusNearFar, ({ params, body }) =>
    send(
      params.cameraId,
      { type: 'focusNearFar', step: body.step },
      `Focus ${body.step < 0 ? 'near' : 'far'} ${Math.abs(body.step)}`,
    ),
  );
}
