import { ErrorCode, TetherError } from '../../../shared/errors';
import { TC } from './abi';

/** CrError values the driver maps precisely (from CrError.h; the rest become SDK_ERROR). */
export const CR_ERROR = {
  GenericNotSupported: 0x8003,
  GenericInvalidHandle: 0x8005,
  GenericInvalidParameter: 0x8006,
  FileNotFound: 0x8105,
  ConnectDisconnected: 0x8207,
  ConnectTimeOut: 0x8208,
  ReconnectTimeOut: 0x8209,
  ConnectFailRejected: 0x820a,
  ConnectFailBusy: 0x820b,
  ApiInvalidCalled: 0x8402,
  AdaptorInvalidProperty: 0x8701,
  /** No CrAdapter/ beside the executable: Cr_Core has no transport to enumerate with. */
  AdaptorCreate: 0x8703,
  AdaptorDeviceBusy: 0x870c,
  /** A remote transfer is already running (Sony's name for 0x8D03). */
  RemoteTransferGetContentsDataDisable: 0x8d03,
  /** The card index is still being built after a remote-transfer connect. */
  RemoteTransferGetContentsInfoListProcessing: 0x8d05,
} as const;

const BY_STATUS = new Map<number, ErrorCode>([
  [TC.ERR_INVALID_ARG, ErrorCode.InvalidArgument],
  [TC.ERR_NOT_INITIALIZED, ErrorCode.DriverUnavailable],
  [TC.ERR_INVALID_HANDLE, ErrorCode.NotConnected],
  [TC.ERR_NOT_FOUND, ErrorCode.NotFound],
  [TC.ERR_TIMEOUT, ErrorCode.Timeout],
  [TC.ERR_NOT_CONNECTED, ErrorCode.NotConnected],
  [TC.ERR_FRAME_NOT_UPDATED, ErrorCode.NoFrameAvailable],
  [TC.ERR_BUSY, ErrorCode.CameraBusy],
  [TC.ERR_DISCONNECTED, ErrorCode.Disconnected],
  [TC.ERR_SDK_INIT_FAILED, ErrorCode.DriverUnavailable],
  [TC.ERR_CLOSED, ErrorCode.NotConnected],
  [TC.ERR_UNSUPPORTED, ErrorCode.WrongConnectionMode],
  [TC.ERR_ALREADY_CONNECTED, ErrorCode.AlreadyConnected],
  [CR_ERROR.GenericNotSupported, ErrorCode.NotSupported],
  [CR_ERROR.GenericInvalidHandle, ErrorCode.NotConnected],
  [CR_ERROR.GenericInvalidParameter, ErrorCode.InvalidValue],
  [CR_ERROR.FileNotFound, ErrorCode.NotFound],
  [CR_ERROR.ConnectDisconnected, ErrorCode.Disconnected],
  [CR_ERROR.ConnectTimeOut, ErrorCode.Timeout],
  [CR_ERROR.ReconnectTimeOut, ErrorCode.Disconnected],
  [CR_ERROR.ConnectFailRejected, ErrorCode.OperationRejected],
  [CR_ERROR.ConnectFailBusy, ErrorCode.CameraBusy],
  [CR_ERROR.ApiInvalidCalled, ErrorCode.OperationRejected],
  [CR_ERROR.AdaptorInvalidProperty, ErrorCode.UnknownProperty],
  [CR_ERROR.AdaptorCreate, ErrorCode.DriverUnavailable],
  [CR_ERROR.AdaptorDeviceBusy, ErrorCode.CameraBusy],
  [CR_ERROR.RemoteTransferGetContentsDataDisable, ErrorCode.CameraBusy],
  [CR_ERROR.RemoteTransferGetContentsInfoListProcessing, ErrorCode.CameraBusy],
]);

/** Shared error code for a native status. */
export function errorCodeFor(status: number): ErrorCode {
  const known = BY_STATUS.get(status);
  if (known) return known;
  if (status >= 0x8100 && status < 0x8200) return ErrorCode.IoError;
  return ErrorCode.SdkError;
}

/** A TetherError for a failed native call; `describe` turns the status into text (tc_strerror). */
export function nativeError(
  status: number,
  operation: string,
  describe?: (s: number) => string,
): TetherError {
  const text = describe ? describe(status) : `status ${status}`;
  const details = status > 0 ? { sdkCode: status } : { status };
  return new TetherError(errorCodeFor(status), `${operation}: ${text}`, details);
}

/** Hex form of an SDK code (`0x8D03`). */
export function hexCode(status: number): string {
  return `0x${(status >>> 0).toString(16).toUpperCase()}`;
}
