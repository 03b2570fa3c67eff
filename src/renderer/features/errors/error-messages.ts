import { ErrorCode } from '../../../shared/errors';

/** An error as the UI keeps it: the shared code (or a transport's own), the raw message and extras. */
export interface UiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * What each code means to a photographer, and what to do about it. Codes never show on screen: they go
 * to the tooltip (with the studio's own message) for support.
 */
const MESSAGES: Record<string, string> = {
  [ErrorCode.InvalidArgument]: 'That value was not accepted. Check it and try again.',
  [ErrorCode.CameraNotFound]: 'The camera is not there any more. Check the USB cable and that it is on.',
  [ErrorCode.NotConnected]: 'The camera is not connected. Press Connect in the camera panel.',
  [ErrorCode.AlreadyConnected]: 'The camera is already connected.',
  [ErrorCode.WrongConnectionMode]:
    'The card cannot be read in this mode. Reconnect in "Remote + card" or "Card only".',
  [ErrorCode.PriorityKeyNotPcRemote]: 'The camera has control. Switch Priority to PC Remote.',
  [ErrorCode.UnknownProperty]: 'This camera does not have that setting.',
  [ErrorCode.PropertyNotWritable]:
    'The camera does not allow changing this right now. Check the mode dial and the priority key.',
  [ErrorCode.InvalidValue]: 'That value is not valid for this setting. Pick one from the list.',
  [ErrorCode.ValueNotAvailable]: 'The camera does not offer that value in its current mode. Pick another.',
  [ErrorCode.CameraBusy]: 'The camera is busy. Try again in a moment.',
  [ErrorCode.CardFull]: 'The memory card is full or missing. Insert or empty a card.',
  [ErrorCode.OperationRejected]:
    'The camera refused that right now. Wait until it has finished writing, then try again.',
  [ErrorCode.NotSupported]: 'This camera cannot do that.',
  [ErrorCode.Disconnected]: 'The camera was disconnected. Check the USB cable, then Connect.',
  [ErrorCode.Timeout]: 'The camera did not answer in time. Try again; if it keeps happening, reconnect it.',
  [ErrorCode.Cancelled]: 'Cancelled.',
  [ErrorCode.NoFrameAvailable]: 'Waiting for the first live-view frame…',
  [ErrorCode.NotFound]: 'That file is no longer there. Refresh the list.',
  [ErrorCode.IoError]: 'Could not write to the disk. Check that it has room and is not read-only.',
  [ErrorCode.VerifyFailed]: 'The copied file did not match the original, so it was not kept. Retry.',
  [ErrorCode.TooManyStreams]: 'Too many live-view windows are open. Close one and retry.',
  [ErrorCode.Forbidden]:
    'The studio refused this request (security check). Open the studio from its own address.',
  [ErrorCode.Unauthorized]: 'The studio needs an access token. Open the link the studio printed at start.',
  [ErrorCode.DriverUnavailable]:
    'The camera driver could not be loaded; the simulated camera stands in. See About for why.',
  [ErrorCode.CorruptSettings]:
    'A settings file was damaged; it was set aside and defaults are in use. Check your settings.',
  [ErrorCode.SdkError]: 'The camera reported an error. Try again; if it keeps happening, reconnect it.',
  [ErrorCode.Internal]: 'Something went wrong inside Tether Studio. Try again; About has diagnostics.',
  // Warning codes the studio sends as events.
  TRANSFER_PAUSED: 'A copy paused; it resumes by itself when the camera is back.',
  AF_NOT_CONFIRMED: 'Focus was not confirmed; the shot was taken anyway. Check it.',
  RECONNECTING: 'The camera connection dropped; reconnecting…',
  STORAGE_FULL: 'The memory card is full. Insert or empty a card.',
  EVENT_OVERFLOW: 'The camera sent more than the studio could follow; its settings were re-read.',
  NETWORK: 'Tether Studio is not answering. Is it still running? The window reconnects by itself.',
};

/**
 * The fix for a refused value, per field: what the field accepts. Used with INVALID_ARGUMENT, where the
 * studio's own message says what was wrong.
 */
const FIELD_FIX: Record<string, string> = {
  'Session name':
    'Use up to 80 letters, digits, spaces, - or _ — not / \\ : * ? " < > | and no dot at the end.',
  'Naming template':
    'Use text and the tokens {session} {seq:4} {date:YYYYMMDD} {time} {camera} {original} {ext}.',
  'Default naming template':
    'Use text and the tokens {session} {seq:4} {date:YYYYMMDD} {time} {camera} {original} {ext}.',
  'Session folder': 'Type a full path, e.g. /Users/you/Pictures/Shoots, on a disk you can write to.',
  'Destination folder': 'Type a full path, e.g. /Users/you/Pictures/Card, on a disk you can write to.',
  'Bulb time': 'Use a whole number of seconds from 1 to 3600.',
};

/** The studio's message without an argument-validation prefix (`createSession: name: …` → `…`). */
function cleanMessage(message: string): string {
  const m = /^(?:invalid (?:body|query|params)|[a-z]+): (?:[\w.]+: )?(.*)$/i.exec(message);
  const text = (m ? m[1] : message).trim();
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** Ends a sentence with a full stop (messages from the studio usually have none). */
function sentence(text: string): string {
  return /[.!?…)]$/.test(text) ? text : `${text}.`;
}

/**
 * A photographer-facing sentence for an error: what went wrong and what to do. With a `field`, the
 * sentence starts with it ("Session name: …") and a refused value says what the field accepts.
 */
export function describeError(
  error: { code: string; message: string; details?: Record<string, unknown> },
  field?: string,
): string {
  if (error.details?.network) return MESSAGES.NETWORK;
  let words: string;
  if (field && (error.code === ErrorCode.InvalidArgument || error.code === ErrorCode.IoError)) {
    // The studio says what exactly was wrong; the field's fix says what it accepts.
    const fix = FIELD_FIX[field];
    words = `${sentence(cleanMessage(error.message))}${fix ? ` ${fix}` : ''}`;
  } else {
    words = MESSAGES[error.code] ?? sentence(cleanMessage(error.message));
  }
  return field ? `${field}: ${words}` : words;
}

/** What goes in the tooltip of an error: the studio's own words and the code, for support. */
export function errorDetail(error: UiError): string {
  return `${error.message} (${error.code})`;
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
