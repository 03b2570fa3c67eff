import { type ErrorCode, ErrorCode as C } from '../../../shared/errors';
import { FULL_ERRNOS, PATH_ERRNOS } from '../../core/fs-errors';

/** Which API a request belongs to: the Alpha paths answer camera refusals with 400 as their spec does. */
export type ApiScope = 'alpha' | 'studio';

const COMMON: Partial<Record<ErrorCode, number>> = {
  [C.InvalidArgument]: 400,
  [C.InvalidValue]: 400,
  [C.ValueNotAvailable]: 400,
  [C.UnknownProperty]: 400,
  [C.PropertyNotWritable]: 400,
  [C.NotConnected]: 400,
  [C.AlreadyConnected]: 400,
  [C.WrongConnectionMode]: 400,
  [C.PriorityKeyNotPcRemote]: 400,
  [C.OperationRejected]: 400,
  [C.NotSupported]: 400,
  [C.CardFull]: 400,
  [C.Disconnected]: 400,
  [C.SdkError]: 400,
  [C.CameraNotFound]: 404,
  [C.NotFound]: 404,
  [C.NoFrameAvailable]: 404,
  [C.Unauthorized]: 401,
  [C.Forbidden]: 403,
  [C.TooManyStreams]: 429,
  [C.IoError]: 500,
  [C.VerifyFailed]: 500,
  [C.CorruptSettings]: 500,
  [C.Internal]: 500,
  [C.DriverUnavailable]: 503,
};

/** Alpha spec: busy, timed-out or cancelled camera operations are refusals (400). */
const ALPHA: Partial<Record<ErrorCode, number>> = {
  [C.CameraBusy]: 400,
  [C.Timeout]: 400,
  [C.Cancelled]: 400,
};

/** Studio extensions use the precise statuses. */
const STUDIO: Partial<Record<ErrorCode, number>> = {
  [C.CameraBusy]: 409,
  [C.Timeout]: 504,
  [C.Cancelled]: 409,
};

/**
 * IO_ERROR by its OS reason: a path that cannot be used as asked (read-only disk, permission, a file in the
 * way) is the caller's to fix (400), a full disk is 507, a disk that does not answer 504; else 500.
 */
export function statusForIo(details: Record<string, unknown> | undefined): number {
  const errno = typeof details?.errno === 'string' ? details.errno : '';
  if (PATH_ERRNOS.has(errno)) return 400;
  if (FULL_ERRNOS.has(errno)) return 507;
  if (errno === 'ETIMEDOUT') return 504;
  return 500;
}

/** HTTP status for an error code in a scope. */
export function statusForCode(code: ErrorCode, scope: ApiScope): number {
  return (scope === 'alpha' ? ALPHA : STUDIO)[code] ?? COMMON[code] ?? 500;
}

/** The scope of a URL path. */
export function scopeOf(url: string): ApiScope {
  return url.startsWith('/api/studio/') ? 'studio' : 'alpha';
}

const overrides = new WeakMap<object, number>();

/** Marks an error with the status a particular route documents (e.g. unknown camera on connect → 400). */
export function withStatus<E extends object>(err: E, status: number): E {
  overrides.set(err, status);
  return err;
}

/** The status a route attached to an error, if any. */
export function statusOverride(err: unknown): number | undefined {
  return err && typeof err === 'object' ? overrides.get(err) : undefined;
}
