import { ErrorCode, TetherError, isTetherError } from '../../../shared/errors';

/** libgphoto2 result codes the driver tells apart (gphoto2-port-result.h, gphoto2-result.h). */
export const GP = {
  OK: 0,
  ERROR: -1,
  BAD_PARAMETERS: -2,
  NO_MEMORY: -3,
  LIBRARY: -4,
  UNKNOWN_PORT: -5,
  NOT_SUPPORTED: -6,
  IO: -7,
  TIMEOUT: -10,
  IO_INIT: -31,
  IO_READ: -34,
  IO_WRITE: -35,
  IO_UPDATE: -37,
  IO_USB_CLEAR_HALT: -51,
  IO_USB_FIND: -52,
  IO_USB_CLAIM: -53,
  CORRUPTED_DATA: -102,
  MODEL_NOT_FOUND: -105,
  DIRECTORY_NOT_FOUND: -107,
  FILE_NOT_FOUND: -108,
  CAMERA_BUSY: -110,
  CANCEL: -112,
  CAMERA_ERROR: -113,
  NO_SPACE: -115,
} as const;

/** Codes after which the USB link is gone: the camera was unplugged or switched off. */
const LINK_LOST: ReadonlySet<number> = new Set<number>([
  GP.IO,
  GP.IO_INIT,
  GP.IO_READ,
  GP.IO_WRITE,
  GP.IO_UPDATE,
  GP.IO_USB_CLEAR_HALT,
  GP.IO_USB_FIND,
  GP.MODEL_NOT_FOUND,
]);

const BY_CODE = new Map<number, ErrorCode>([
  [GP.BAD_PARAMETERS, ErrorCode.InvalidArgument],
  [GP.NOT_SUPPORTED, ErrorCode.NotSupported],
  [GP.TIMEOUT, ErrorCode.Timeout],
  [GP.IO_USB_CLAIM, ErrorCode.CameraBusy],
  [GP.LIBRARY, ErrorCode.DriverUnavailable],
  [GP.UNKNOWN_PORT, ErrorCode.CameraNotFound],
  [GP.DIRECTORY_NOT_FOUND, ErrorCode.NotFound],
  [GP.FILE_NOT_FOUND, ErrorCode.NotFound],
  [GP.CAMERA_BUSY, ErrorCode.CameraBusy],
  [GP.CANCEL, ErrorCode.Cancelled],
  [GP.CAMERA_ERROR, ErrorCode.OperationRejected],
  [GP.NO_SPACE, ErrorCode.CardFull],
]);

/** The shared error code for a libgphoto2 result. */
export function errorCodeForGp(code: number): ErrorCode {
  if (LINK_LOST.has(code)) return ErrorCode.Disconnected;
  return BY_CODE.get(code) ?? ErrorCode.SdkError;
}

/** A TetherError for a failed libgphoto2 call; `details.gpCode` keeps the library's result. */
export function gpError(code: number, operation: string, text?: string): TetherError {
  let message = `${operation}: ${text ?? `libgphoto2 error ${code}`} (${code})`;
  if (code === GP.IO_USB_CLAIM)
    message +=
      '. Another program holds the camera: close it (on Linux desktops often gvfs, `gio mount -s gphoto2`)';
  return new TetherError(errorCodeForGp(code), message, { gpCode: code });
}

/** The libgphoto2 result carried by an error, if any. */
export function gpCodeOf(err: unknown): number | undefined {
  if (!isTetherError(err)) return undefined;
  const code = err.details?.gpCode;
  return typeof code === 'number' ? code : undefined;
}

/** True when an error means the USB link to the camera is gone. */
export function isLinkLost(err: unknown): boolean {
  const code = gpCodeOf(err);
  return code !== undefined && LINK_LOST.has(code);
}
