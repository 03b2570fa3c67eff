import type { AfState, CameraCommand } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { Gphoto2Api } from './gp-api';
import type { GpCapture } from './gp-capture';
import type { GpLink } from './gp-link';

/** What a command needs from the driver. */
export interface CommandHost {
  api: Gphoto2Api;
  capture: GpCapture;
  emitAf(state: AfState): void;
}

const FOCUS_STEPS = ['1', '2', '3'];

/** The widget's choice for a manual-focus step: Canon lists `Near 1..3` / `Far 1..3`, Nikon takes a range. */
function focusValue(link: GpLink, step: number): string | number {
  const w = link.widgets.get('manualfocusdrive');
  if (!w) throw new TetherError(ErrorCode.NotSupported, 'this camera offers no remote focus drive');
  if (w.range) {
    const span = Math.max(Math.abs(w.range.min), Math.abs(w.range.max));
    return Math.sign(step) * Math.min(span, Math.round((span / 7 / 4) * Math.abs(step)));
  }
  const level = FOCUS_STEPS[Math.min(2, Math.floor((Math.abs(step) - 1) / 2.5))];
  const want = `${step < 0 ? 'near' : 'far'} ${level}`;
  const choice = w.choices?.find((c) => c.toLowerCase() === want);
  if (!choice) throw new TetherError(ErrorCode.NotSupported, `manual focus step ${step} is not offered`);
  return choice;
}

/**
 * Camera commands over libgphoto2:
 * - `release` down takes the picture (`gp_camera_capture`: the body focuses as part of it in AF modes); up is a
 *   no-op, there is no separate button-up in PTP capture.
 * - `s1` lock drives AF through the `autofocusdrive` widget where the body has one (Nikon, Canon, Fuji) and
 *   reports focused/failed from its answer; bodies without it focus at release, so the half-press reports
 *   focused at once.
 * - `afShutter` focuses and shoots in one capture: focused once the body took the picture.
 * - `focusNearFar` uses `manualfocusdrive`; `movieRecord` the `movie` toggle. The rest are NOT_SUPPORTED.
 */
export async function runCommand(host: CommandHost, link: GpLink, command: CameraCommand): Promise<void> {
  const set = (name: string, value: string | number) =>
    link.call((cam) => host.api.setWidget(cam, name, value));
  switch (command.type) {
    case 'release':
      if (command.action === 'down') await host.capture.capture(link);
      return;
    case 's1': {
      if (command.action === 'unlock') {
        if (link.widgets.has('cancelautofocus')) await set('cancelautofocus', 1).catch(() => undefined);
        return;
      }
      if (!link.widgets.has('autofocusdrive')) {
        host.emitAf('focused');
        return;
      }
      host.emitAf('focusing');
      try {
        await set('autofocusdrive', 1);
      } catch (err) {
        host.emitAf('failed');
        if ((err as TetherError).code === ErrorCode.Disconnected) throw err;
        return;
      }
      host.emitAf('focused');
      return;
    }
    case 'afShutter':
      host.emitAf('focusing');
      try {
        await host.capture.capture(link);
      } catch (err) {
        host.emitAf('failed');
        throw err;
      }
      host.emitAf('focused');
      return;
    case 'focusNearFar':
      await set('manualfocusdrive', focusValue(link, command.step));
      return;
    case 'movieRecord': {
      const w = link.widgets.get('movie');
      if (!w)
        throw new TetherError(
          ErrorCode.NotSupported,
          'this camera offers no movie recording through libgphoto2',
        );
      const on = command.action === 'toggle' ? !w.value : command.action === 'down';
      await set('movie', on ? 1 : 0);
      link.widgets.set('movie', { ...w, value: on ? 1 : 0 });
      return;
    }
    default:
      throw new TetherError(ErrorCode.NotSupported, `${command.type} is not available through libgphoto2`);
  }
}
