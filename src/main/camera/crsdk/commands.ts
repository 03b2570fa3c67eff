import type { AfState, CameraCommand } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import type { CameraLink } from './camera-link';
import type { NativeApi } from './native-api';
import { DATA_TYPE, FOCUS_MODE, LOCK } from './property-mapping';

/** CrCommandId values used by the driver. */
export const COMMAND = {
  Release: 0,
  MovieRecord: 1,
  S1andRelease: 7,
  MovieRecButtonToggle: 11,
  CancelRemoteTouchOperation: 12,
} as const;
/** CrCommandParam. */
export const PARAM = { Up: 0, Down: 1 } as const;
/** CrDeviceProperty_NearFar (set-only focus step; not in the shared catalog). */
export const NEAR_FAR_CODE = 0x011f;
/** How long a press is held between down and up (Sony's samples use ~35 ms). */
const PRESS_MS = 35;

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a command needs from the driver. */
export interface CommandContext {
  api: NativeApi;
  link: CameraLink;
  /** Current raw focus mode (CrFocusMode). */
  focusMode: number | undefined;
  /** Whether the body reports a writable property `code` now. */
  hasWritable: (code: number) => boolean;
  /** Emits afStatus for the camera. */
  emitAf: (state: AfState) => void;
}

async function press(ctx: CommandContext, commandId: number): Promise<void> {
  await ctx.api.sendCommand(ctx.link.device, commandId, PARAM.Down);
  await delay(PRESS_MS);
  await ctx.api.sendCommand(ctx.link.device, commandId, PARAM.Up);
}

/**
 * Carries out one CameraCommand over CRSDK. The caller has checked the connection mode and the priority key.
 * S1 is the S1 property (lock/unlock); focus reports come back through FocusIndication property changes.
 */
export async function runCommand(ctx: CommandContext, cmd: CameraCommand): Promise<void> {
  const { api, link } = ctx;
  switch (cmd.type) {
    case 'release':
      return api.sendCommand(link.device, COMMAND.Release, cmd.action === 'down' ? PARAM.Down : PARAM.Up);
    case 's1': {
      const lock = cmd.action === 'lock';
      await api.setProperty(link.device, CR.S1, DATA_TYPE.UInt16, lock ? LOCK.locked : LOCK.unlocked);
      if (lock && ctx.focusMode !== FOCUS_MODE.MF) ctx.emitAf('focusing');
      return;
    }
    case 'afShutter':
      if (ctx.focusMode !== FOCUS_MODE.MF) ctx.emitAf('focusing');
      return press(ctx, COMMAND.S1andRelease);
    case 'movieRecord':
      if (cmd.action === 'toggle') return press(ctx, COMMAND.MovieRecButtonToggle);
      return api.sendCommand(link.device, COMMAND.MovieRecord, cmd.action === 'down' ? PARAM.Down : PARAM.Up);
    case 'focusNearFar':
      if (ctx.focusMode !== FOCUS_MODE.MF && ctx.focusMode !== FOCUS_MODE.DMF) {
        throw new TetherError(ErrorCode.OperationRejected, 'focus near/far needs focus-mode MF or DMF');
      }
      return api.setProperty(link.device, NEAR_FAR_CODE, DATA_TYPE.Int16, cmd.step);
    case 'zoom':
      if (!ctx.hasWritable(CR.Zoom_Operation))
        throw new TetherError(ErrorCode.NotSupported, 'this body/lens has no remote power zoom');
      return api.setProperty(link.device, CR.Zoom_Operation, DATA_TYPE.Int8, Math.sign(cmd.speed));
    case 'touch':
      // Touch focus: the touch moves the AF frame (CRSDK's remote touch needs a body that reports it).
      return api.setProperty(link.device, CR.AF_Area_Position, DATA_TYPE.UInt32, cmd.x * 0x10000 + cmd.y);
    case 'touchCancel':
      return api.sendCommand(link.device, COMMAND.CancelRemoteTouchOperation, PARAM.Down);
    case 'button':
      throw new TetherError(ErrorCode.NotSupported, `button ${cmd.button} is not available over CRSDK`);
  }
}
