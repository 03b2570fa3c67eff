import { ErrorCode } from '../../../shared/errors';

/** An error as the UI keeps it: the shared code (or a transport's own), the raw message and extras. */
export interface UiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** What each error code means to a photographer. Codes stay visible next to the words. */
const MESSAGES: Record<string, string> = {
  [ErrorCode.InvalidArgument]: 'That value was not accepted.',
  [ErrorCode.CameraNotFound]: 'The camera is not there any more. Check the USB cable.',
  [ErrorCode.NotConnected]: 'The camera is not connected. Press Connect.',
  [ErrorCode.AlreadyConnected]: 'The camera is already connected.',
  [ErrorCode.WrongConnectionMode]:
    'Reconnect the camera in "Remote + card" or "Card only" mode to use the card.',
  [ErrorCode.PriorityKeyNotPcRemote]: 'The camera has control. Switch Priority to PC Remote.',
  [ErrorCode.UnknownProperty]: 'This camera does not have that setting.',
  [ErrorCode.PropertyNotWritable]:
    'The camera does not allow changing this setting right now (check the mode dial).',
  [ErrorCode.InvalidValue]: 'That value is not valid for this setting.',
  [ErrorCode.ValueNotAvailable]: 'The camera does not offer that value in its current mode.',
  [ErrorCode.CameraBusy]: 'The camera is busy. Try again in a moment.',
  [ErrorCode.CardFull]: 'The memory card is full or missing.',
  [ErrorCode.OperationRejected]: 'The camera refused that in its current state.',
  [ErrorCode.NotSupported]: 'This camera cannot do that.',
  [ErrorCode.Disconnected]: 'The camera was disconnected. Check the USB cable.',
  [ErrorCode.Timeout]: 'The camera did not answer in time.',
  [ErrorCode.Cancelled]: 'Cancelled.',
  [ErrorCode.NoFrameAvailable]: 'Waiting for the first live-view frame…',
  [ErrorCode.NotFound]: 'That file is no longer there.',
  [ErrorCode.IoError]: 'Could not write to the disk (is it full or read-only?).',
  [ErrorCode.VerifyFailed]: 'The copied file did not match the original; it was not kept. Retry.',
  [ErrorCode.TooManyStreams]: 'Too many live-view windows are open. Close one and retry.',
  [ErrorCode.Forbidden]: 'The studio refused this request (security check).',
  [ErrorCode.Unauthorized]: 'The studio needs an access token.',
  [ErrorCode.DriverUnavailable]: 'The Sony camera driver could not be loaded; using the simulated camera.',
  [ErrorCode.CorruptSettings]: 'A settings file was damaged; it was set aside and defaults are in use.',
  [ErrorCode.SdkError]: 'The camera reported an error.',
  [ErrorCode.Internal]: 'Something went wrong inside Tether Studio.',
  NETWORK: 'Lost contact with Tether Studio. Is it still running?',
};

/** A photographer-facing sentence for an error code; falls back to the error's own message. */
export function describeError(error: {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}): string {
  if (error.details?.network) return MESSAGES.NETWORK;
  return MESSAGES[error.code] ?? error.message;
}

/** Normalises anything thrown by a StudioClient call into `{code, message}`. */
export function asErrorValue(err: unknown): UiError {
  if (
    err &&
    typeof err === 'object' &&
    'code' in err &&
    typeof (err as { code: unknown }).code === 'string'
  ) {
    const e = err as { code: string; message?: unknown; details?: Record<string, unknown> };
    const out: UiError = { code: e.code, message: typeof e.message === 'string' ? e.message : e.code };
    if (e.details) out.details = e.details;
    return out;
  }
  if (err instanceof Error) return { code: ErrorCode.Internal, message: err.message };
  return { code: ErrorCode.Internal, message: String(err) };
}
