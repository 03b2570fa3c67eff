import { z } from 'zod';

/** Every error that crosses a boundary (driver → service → IPC/HTTP → UI) carries one of these codes. */
export const ErrorCode = {
  /** Request body, params or IPC arguments failed schema validation. */
  InvalidArgument: 'INVALID_ARGUMENT',
  /** No camera with that id is known. */
  CameraNotFound: 'CAMERA_NOT_FOUND',
  /** The camera is known but not connected. */
  NotConnected: 'NOT_CONNECTED',
  /** Already connected (or connecting). */
  AlreadyConnected: 'ALREADY_CONNECTED',
  /** The operation needs another connection mode (e.g. card access in `remote`). */
  WrongConnectionMode: 'WRONG_CONNECTION_MODE',
  /** The priority key is not `pc-remote`: the body refuses remote writes and commands. */
  PriorityKeyNotPcRemote: 'PRIORITY_KEY_NOT_PC_REMOTE',
  /** Unknown property name or code. */
  UnknownProperty: 'UNKNOWN_PROPERTY',
  /** The property exists but is not writable in the camera's current state. */
  PropertyNotWritable: 'PROPERTY_NOT_WRITABLE',
  /** The value could not be parsed for that property. */
  InvalidValue: 'INVALID_VALUE',
  /** The value parsed but is not among the camera's current available values. */
  ValueNotAvailable: 'VALUE_NOT_AVAILABLE',
  /** The camera is busy (e.g. one remote transfer at a time; CRSDK 0x8D03). */
  CameraBusy: 'CAMERA_BUSY',
  /** The card is full or missing. */
  CardFull: 'CARD_FULL',
  /** The camera refused the command in its current state. */
  OperationRejected: 'OPERATION_REJECTED',
  /** The body cannot do this at all. */
  NotSupported: 'NOT_SUPPORTED',
  /** The camera was unplugged or the link dropped mid-operation. */
  Disconnected: 'DISCONNECTED',
  /** A wait for the camera timed out. */
  Timeout: 'TIMEOUT',
  /** The operation was cancelled by the user. */
  Cancelled: 'CANCELLED',
  /** Live view has no frame yet. */
  NoFrameAvailable: 'NO_FRAME_AVAILABLE',
  /** File, content or other resource not found. */
  NotFound: 'NOT_FOUND',
  /** Writing to disk failed (permissions, disk full). */
  IoError: 'IO_ERROR',
  /** A transferred file failed verification (size or checksum). */
  VerifyFailed: 'VERIFY_FAILED',
  /** Too many concurrent streams of a kind. */
  TooManyStreams: 'TOO_MANY_STREAMS',
  /** Host, Origin or token check failed. */
  Forbidden: 'FORBIDDEN',
  /** A missing or wrong API token. */
  Unauthorized: 'UNAUTHORIZED',
  /** The native SDK or bridge library is missing or failed to load. */
  DriverUnavailable: 'DRIVER_UNAVAILABLE',
  /** A persisted file was corrupt and has been moved aside. */
  CorruptSettings: 'CORRUPT_SETTINGS',
  /** An SDK error the driver could not map more precisely. */
  SdkError: 'SDK_ERROR',
  /** A bug: should never happen. */
  Internal: 'INTERNAL',
} as const;

/** The union of all error code strings. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Zod schema for an error code. */
export const errorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

/** An error as a plain value: what crosses IPC and HTTP. */
export interface ErrorValue {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable extras (e.g. the SDK's numeric error). */
  details?: Record<string, unknown>;
}

/** Zod schema for an {@link ErrorValue}. */
export const errorValueSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** An Error subclass carrying a shared {@link ErrorCode}; thrown inside a process, serialised at boundaries. */
export class TetherError extends Error {
  /** The shared code. */
  readonly code: ErrorCode;
  /** Optional machine-readable extras. */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'TetherError';
    this.code = code;
    this.details = details;
  }

  /** The plain value form of this error. */
  toValue(): ErrorValue {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

/** Converts anything thrown into an {@link ErrorValue}; unknown errors become `INTERNAL`. */
export function toErrorValue(err: unknown): ErrorValue {
  if (err instanceof TetherError) return err.toValue();
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const parsed = errorValueSchema.safeParse(err);
    if (parsed.success) return parsed.data;
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: ErrorCode.Internal, message };
}

/** True when `err` is a {@link TetherError} with the given code. */
export function isTetherError(err: unknown, code?: ErrorCode): err is TetherError {
  return err instanceof TetherError && (code === undefined || err.code === code);
}
