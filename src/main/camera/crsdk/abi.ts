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
/** TC_EVT_RT_RESULT codes. */
export const RT = { IN_PROGRESS: 1, OK: 2, FAILED: 3, BUSY: 4, CANCELLED: 5, OTHER: 6 } as const;
/** TC_EVT_RT_LIST_CHANGED codes. */
export const LIST = { ADD: 1, DELETE: 2, ALL: 3, CLEAR: 4 } as const;
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

/** A NUL-terminated UTF-8 string from a fixed field. */
export function cString(buf: Buffer, offset: number, max: number): string {
  const end = buf.indexOf(0, offset);
  return buf.toString('utf8', offset, end < 0 || end > offset + max ? offset + max : end);
}

const u64 = (buf: Buffer, off: number) => Number(buf.readBigUInt64LE(off));
const i64 = (buf: Buffer, off: number) => Number(buf.readBigInt64LE(off));

/** Types whose `text` field carries something. */
const TEXT_TYPES = new Set<number>([EVT.DOWNLOAD_COMPLETE, EVT.CONTENTS_TRANSFER, EVT.RT_RESULT]);

/** Decodes event `index` of an event buffer. */
export function decodeEvent(buf: Buffer, index: number): NativeEvent {
  const o = index * SIZE.event;
  const type = buf.readUInt32LE(o);
  const count = Math.min(buf.readUInt32LE(o + 44), 32);
  const codes: number[] = new Array(count);
  for (let i = 0; i < count; i++) codes[i] = buf.readUInt32LE(o + 48 + i * 4);
  return {
    type,
    code: buf.readUInt32LE(o + 4),
    device: u64(buf, o + 8),
    seq: u64(buf, o + 16),
    param2: i64(buf, o + 24),
    sdkCode: buf.readUInt32LE(o + 32),
    param1: buf.readUInt32LE(o + 36),
    param3: buf.readInt32LE(o + 40),
    codes,
    text: TEXT_TYPES.has(type) ? cString(buf, o + 176, 512) : '',
  };
}

/** Decodes `count` properties and their value lists. */
export function decodeProperties(props: Buffer, values: Buffer, count: number): NativeProperty[] {
  const out: NativeProperty[] = [];
  for (let i = 0; i < count; i++) {
    const o = i * SIZE.property;
    const first = props.readUInt32LE(o + 24);
    const n = props.readUInt32LE(o + 28);
    const list: number[] = new Array(n);
    for (let k = 0; k < n; k++) list[k] = i64(values, (first + k) * 8);
    out.push({
      code: props.readUInt32LE(o),
      valueType: props.readUInt32LE(o + 4),
      enableFlag: props.readInt32LE(o + 8),
      variableFlag: props.readUInt32LE(o + 12),
      current: i64(props, o + 16),
      values: list,
      getEnabled: props.readUInt32LE(o + 32) !== 0,
      setEnabled: props.readUInt32LE(o + 36) !== 0,
      currentStr: cString(props, o + 40, 256),
    });
  }
  return out;
}

/** Decodes `count` camera records. */
export function decodeCameras(buf: Buffer, count: number): NativeCameraInfo[] {
  const out: NativeCameraInfo[] = [];
  for (let i = 0; i < count; i++) {
    const o = i * SIZE.cameraInfo;
    out.push({
      id: cString(buf, o, 64),
      model: cString(buf, o + 64, 64),
      name: cString(buf, o + 128, 64),
      serial: cString(buf, o + 192, 64),
      connectionType: cString(buf, o + 256, 16) === 'USB' ? 'USB' : 'Network',
      usbPid: buf.readUInt32LE(o + 272),
    });
  }
  return out;
}

/** Decodes `count` card file rows. */
export function decodeContentFiles(buf: Buffer, count: number): NativeContentFile[] {
  const out: NativeContentFile[] = [];
  for (let i = 0; i < count; i++) {
    const o = i * SIZE.contentFile;
    out.push({
      slot: buf.readUInt32LE(o),
      contentId: buf.readUInt32LE(o + 4),
      fileId: buf.readUInt32LE(o + 8),
      fileFormat: buf.readUInt32LE(o + 12),
      size: u64(buf, o + 16),
      date: {
        year: buf.readUInt16LE(o + 24),
        month: buf.readUInt8(o + 26),
        day: buf.readUInt8(o + 27),
        hour: buf.readUInt8(o + 28),
        minute: buf.readUInt8(o + 29),
        second: buf.readUInt8(o + 30),
      },
      width: buf.readUInt32LE(o + 32),
      height: buf.readUInt32LE(o + 36),
      path: cString(buf, o + 40, 256),
    });
  }
  return out;
}

/** Decodes a tc_frame_info. */
export function decodeFrameInfo(buf: Buffer): NativeFrameInfo {
  return {
    frameNo: u64(buf, 0),
    timestampMs: u64(buf, 8),
    size: buf.readUInt32LE(16),
    width: buf.readUInt32LE(20),
    height: buf.readUInt32LE(24),
  };
}

/** Decodes `count` focus frames. */
export function decodeFocusFrames(buf: Buffer, count: number): NativeFocusFrame[] {
  const out: NativeFocusFrame[] = [];
  for (let i = 0; i < count; i++) {
    const o = i * SIZE.focusFrame;
    out.push({
      type: buf.readUInt32LE(o),
      state: buf.readUInt32LE(o + 4),
      priority: buf.readUInt32LE(o + 8),
      x: buf.readInt32LE(o + 12),
      y: buf.readInt32LE(o + 16),
      width: buf.readUInt32LE(o + 20),
      height: buf.readUInt32LE(o + 24),
    });
  }
  return out;
}

/** Decodes tc_stats. */
export function decodeStats(buf: Buffer): NativeStats {
  return {
    eventsPushed: u64(buf, 0),
    eventsDropped: u64(buf, 8),
    eventsDrained: u64(buf, 16),
    queueDepth: buf.readUInt32LE(24),
    queueCapacity: buf.readUInt32LE(28),
    liveContexts: buf.readUInt32LE(32),
    liveDevices: buf.readUInt32LE(36),
    liveEnumLists: buf.readUInt32LE(40),
    liveThreads: buf.readUInt32LE(44),
  };
}
