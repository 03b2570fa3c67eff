import {
  EVT,
  SIZE,
  type NativeCameraInfo,
  type NativeContentFile,
  type NativeEvent,
  type NativeFocusFrame,
  type NativeFrameInfo,
  type NativeProperty,
  type NativeStats,
} from './abi';

// Decoders of the ABI structs, reading caller-owned Buffers at the offsets declared in abi.ts.

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
