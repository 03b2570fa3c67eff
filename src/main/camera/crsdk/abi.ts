/**
 * Constants and struct layouts of the flat C ABI in `native/include/tether_crsdk.h`. Structs are decoded by
 * hand from caller-owned Buffers (offsets below; `bindings.ts` checks them against koffi at load time).
 */

/** Status codes: 0 ok, negative from the bridge, positive = CrError passed through from the SDK. */
export const TC = {
  OK: 0,
  ERR_INVALID_ARG: -1,
  ERR_NOT_INITIALIZED: -2,
  ERR_INVALID_HANDLE: -3,
  ERR_BUFFER_TOO_SMALL: -4,
  ERR_NOT_FOUND: -5,
  ERR_TIMEOUT: -6,
  ERR_NOT_CONNECTED: -7,
  ERR_FRAME_NOT_UPDATED: -8,
  ERR_BUSY: -9,
  ERR_DISCONNECTED: -10,
  ERR_SDK_INIT_FAILED: -11,
  ERR_INTERNAL: -12,
  ERR_CLOSED: -13,
  ERR_UNSUPPORTED: -14,
  ERR_ALREADY_CONNECTED: -15,
} as const;

/** Connection modes (CrSdkControlMode). */
export const TC_MODE = { remote: 0, contents: 1, 'remote-transfer': 2 } as const;

/** Event types. */
export const EVT = {
  OVERFLOW: 1,
  CONNECTED: 2,
  DISCONNECTED: 3,
  PROPERTY_CHANGED: 4,
  LV_PROPERTY_CHANGED: 5,
  DOWNLOAD_COMPLETE: 6,
  CONTENTS_TRANSFER: 7,
  WARNING: 8,
  ERROR: 9,
  RT_RESULT: 10,
  RT_LIST_CHANGED: 11,
  FRAME: 12,
} as const;

/** TC_EVT_WARNING codes. */
export const WARN = {
  OTHER: 0,
  RECONNECTING: 1,
  RECONNECTED: 2,
  STORAGE_FULL: 3,
  CAPTURED: 4,
  ALL_DOWNLOAD_COMPLETE: 5,
} as const;
/** TC_EVT_DOWNLOAD_COMPLETE codes: a shot, or a camera settings file. */
export const DL = { SHOT: 1, SETTINGS: 2 } as const;
/** TC_EVT_RT_RESULT codes. */
export const RT = { IN_PROGRESS: 1, OK: 2, FAILED: 3, BUSY: 4, CANCELLED: 5, OTHER: 6 } as const;
/** TC_EVT_RT_LIST_CHANGED codes. */
export const LIST = { ADD: 1, ALL: 3, CLEAR: 4 } as const;
/** TC_EVT_CONTENTS_TRANSFER codes. */
export const CT = { START: 1, COMPLETE: 2, FAILED: 3, CANCELLED: 4, OTHER: 5 } as const;

/** Struct sizes in bytes. */
export const SIZE = {
  event: 688,
  cameraInfo: 280,
  property: 296,
  frameInfo: 32,
  contentFile: 296,
  focusFrame: 32,
  stats: 48,
} as const;
/** Field offsets checked against koffi's layout. */
export const OFFSETS = {
  event: { seq: 16, param2: 24, sdk_code: 32, codes: 48, text: 176 },
  cameraInfo: { model: 64, serial: 192, connection_type: 256, usb_pid: 272 },
  property: { current: 16, values_offset: 24, current_str: 40 },
  contentFile: { size: 16, year: 24, width: 32, path: 40 },
} as const;

/** One decoded event. */
export interface NativeEvent {
  type: number;
  code: number;
  device: number;
  seq: number;
  param2: number;
  sdkCode: number;
  param1: number;
  param3: number;
  codes: number[];
  text: string;
}

/** A property as the bridge copied it out. */
export interface NativeProperty {
  code: number;
  valueType: number;
  enableFlag: number;
  variableFlag: number;
  current: number;
  values: number[];
  getEnabled: boolean;
  setEnabled: boolean;
  currentStr: string;
}

/** A camera from enumeration. */
export interface NativeCameraInfo {
  id: string;
  model: string;
  name: string;
  serial: string;
  connectionType: 'USB' | 'Network';
  usbPid: number;
}

/** One card file row. */
export interface NativeContentFile {
  slot: number;
  contentId: number;
  fileId: number;
  fileFormat: number;
  size: number;
  date: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  width: number;
  height: number;
  path: string;
}

/** A live-view frame header. */
export interface NativeFrameInfo {
  frameNo: number;
  timestampMs: number;
  size: number;
  width: number;
  height: number;
}

/** An AF/tracking frame in the 640x480 AF space. */
export interface NativeFocusFrame {
  type: number;
  state: number;
  priority: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bridge counters. */
export interface NativeStats {
  eventsPushed: number;
  eventsDropped: number;
  eventsDrained: number;
  queueDepth: number;
  queueCapacity: number;
  liveContexts: number;
  liveDevices: number;
  liveEnumLists: number;
  liveThreads: number;
}
