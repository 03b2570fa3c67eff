import type { CameraCommand, ConnectionMode, FocusFrame } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { enumValue } from './property-spec';
import type { SimBody } from './sim-body';

const SHOOTING_MODES: readonly ConnectionMode[] = ['remote', 'remote-transfer'];

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Carries out one camera command the way the body does. Needs a shooting connection with the priority
 * key at the PC; a pending busy fault answers CAMERA_BUSY first.
 */
export async function runCommand(body: SimBody, cmd: CameraCommand): Promise<void> {
  body.requireRemoteControl();
  body.faults.checkBusy(cmd.type);
  const capture = body.capture;
  switch (cmd.type) {
    case 'release':
      if (cmd.action === 'down') await capture.releaseDown();
      else capture.releaseUp();
      return;
    case 's1':
      return capture.s1(cmd.action === 'lock');
    case 'afShutter':
      return capture.afShutter();
    case 'movieRecord':
      return capture.movieRecord(cmd.action);
    case 'focusNearFar': {
      const mode = body.props.key('focus-mode');
      if (mode !== 'mf' && mode !== 'dmf') {
        throw new TetherError(
          ErrorCode.OperationRejected,
          `focus near/far needs focus-mode MF or DMF (now ${mode})`,
        );
      }
      await body.focus.nearFar(cmd.step);
      body.refreshFocusProps();
      return;
    }
    case 'zoom':
      throw new TetherError(ErrorCode.NotSupported, `${body.identity.model.lens.name} has no power zoom`);
    case 'button':
      return pressButton(body, cmd.button, cmd.action);
    case 'touch': {
      // ILCE-7M4 default "Touch Focus": the touch moves the AF frame (nothing is tracked).
      body.focus.touchActive = true;
      body.focus.setAreaPosition(cmd.x, cmd.y);
      await body.capture.touchFocus();
      await delay(2);
      return;
    }
    case 'touchCancel':
      if (!body.focus.touchActive)
        throw new TetherError(ErrorCode.OperationRejected, 'no remote touch to cancel');
      body.focus.touchActive = false;
      return;
  }
}

/** The keys the simulated body operates (what a refused press lists as supported). */
export const SIM_BUTTONS: readonly string[] = [
  'up',
  'down',
  'left',
  'right',
  'enter',
  'menu',
  'fn',
  'playback',
  'delete',
  'c1',
  'c2',
  'c3',
  'c4',
  'af-on',
];

async function pressButton(body: SimBody, button: string, action: 'press' | 'down' | 'up'): Promise<void> {
  const name = button.toLowerCase();
  if (name === 'af-on') {
    // AF-ON engages AF like S1 without touching the shutter button.
    if (action === 'down' || action === 'press') await body.capture.s1(true);
    if (action === 'up' || action === 'press') await body.capture.s1(false);
    return;
  }
  if (!SIM_BUTTONS.includes(name)) {
    // Like the Alpha server, a refused press tells the client which keys this body operates.
    throw new TetherError(ErrorCode.InvalidArgument, `unknown button ${button}`, {
      supportedButtons: [...SIM_BUTTONS],
    });
  }
  await delay(2);
}

/** AF area position: accepted and clamped; ignored when the focus area has no movable frame. */
export async function setAfAreaPosition(body: SimBody, x: number, y: number): Promise<void> {
  body.requireRemoteControl();
  body.faults.checkBusy('setAfAreaPosition');
  if (!Number.isFinite(x) || !Number.isFinite(y) || x < 0 || x > 639 || y < 0 || y > 479) {
    throw new TetherError(ErrorCode.InvalidArgument, `AF position ${x},${y} outside 0..639 × 0..479`);
  }
  const area = body.props.key('focus-area') ?? '';
  if (['wide', 'center', 'tracking-wide', 'tracking-center'].includes(area)) return;
  body.focus.setAreaPosition(x, y);
  await delay(2);
}

/** AF frames of the current focus area (shooting modes only). */
export function focusFrames(body: SimBody): FocusFrame[] {
  body.requireConnected(SHOOTING_MODES);
  return body.focus.frames(body.props.key('focus-area') ?? 'wide');
}

/** Tracking frames (shooting modes only). */
export function trackingFrames(body: SimBody): FocusFrame[] {
  body.requireConnected(SHOOTING_MODES);
  return body.focus.trackingFrames();
}

/** Live view on/off on the body (CRSDK `SetDeviceSetting`); off also stops streaming. */
export function enableLiveView(body: SimBody, enabled: boolean): void {
  body.requireConnected(SHOOTING_MODES);
  body.liveViewEnabled = enabled;
  if (!enabled) body.liveView.stop();
  body.mutate(() =>
    body.props.setInternal(
      'live-view-status',
      enumValue('live-view-status', enabled ? 'enabled' : 'disabled'),
    ),
  );
}

/** Starts streaming frames; the body must have live view enabled. */
export function startLiveView(body: SimBody): void {
  body.requireConnected(SHOOTING_MODES);
  if (!body.liveViewEnabled)
    throw new TetherError(ErrorCode.OperationRejected, 'live view is disabled on the body');
  body.liveView.start();
}
