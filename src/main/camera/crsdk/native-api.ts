import {
  SIZE,
  TC,
  type NativeCameraInfo,
  type NativeContentFile,
  type NativeFocusFrame,
  type NativeFrameInfo,
  type NativeProperty,
  type NativeStats,
} from './abi';
import {
  decodeCameras,
  decodeContentFiles,
  decodeFocusFrames,
  decodeFrameInfo,
  decodeProperties,
  decodeStats,
} from './abi-decode';
import { callAsync, type NativeFn, type RawBindings } from './bindings';
import { nativeError } from './native-errors';
import { withCatalogSign } from './property-mapping';

/**
 * Typed calls over the raw bindings: buffers in, decoded values out, failures as TetherErrors. Every call that
 * may block inside the SDK goes through `.async`; only memcpy-sized calls run synchronously.
 */
export class NativeApi {
  private readonly text = Buffer.alloc(256);
  // Size hints only: every call allocates its own buffers, since several may run at once on worker threads.
  private propHint = 128;
  private valueHint = 4096;

  constructor(readonly raw: RawBindings) {}

  /** Text of a status. */
  describe(status: number): string {
    this.raw.strerror(status, this.text, this.text.length);
    return this.text.toString('utf8', 0, this.text.indexOf(0));
  }

  /** Throws unless `status` is TC_OK. */
  check(status: number, operation: string): void {
    if (status !== TC.OK) throw nativeError(status, operation, (s) => this.describe(s));
  }

  private async run(name: keyof RawBindings, operation: string, ...args: unknown[]): Promise<void> {
    this.check(await callAsync(this.raw[name] as NativeFn, ...args), operation);
  }

  /** SDK version string and whether it is the stand-in. */
  sdkVersion(): { version: string; standin: boolean } {
    const flag = Buffer.alloc(4);
    this.raw.sdkVersion(this.text, this.text.length, flag);
    return {
      version: this.text.toString('utf8', 0, this.text.indexOf(0)),
      standin: flag.readInt32LE(0) === 1,
    };
  }

  /** Counters (queue fields are zero for ctx 0). */
  stats(ctx: number): NativeStats {
    const out = Buffer.alloc(SIZE.stats);
    this.check(this.raw.getStats(ctx, out) as number, 'tc_get_stats');
    return decodeStats(out);
  }

  async init(queueCapacity: number): Promise<number> {
    const out = Buffer.alloc(8);
    await this.run('init', 'SDK init', queueCapacity, out);
    return Number(out.readBigUInt64LE(0));
  }

  async release(ctx: number): Promise<void> {
    await this.run('release', 'SDK release', ctx);
  }

  async enumerate(ctx: number, timeoutSec = 1): Promise<NativeCameraInfo[]> {
    for (let max = 8; ; max *= 2) {
      const out = Buffer.alloc(SIZE.cameraInfo * max);
      const count = Buffer.alloc(4);
      const status = await callAsync(this.raw.enumerate, ctx, timeoutSec, out, max, count);
      if (status === TC.ERR_BUFFER_TOO_SMALL && max < 256) continue;
      this.check(status, 'enumerate cameras');
      return decodeCameras(out, count.readUInt32LE(0));
    }
  }

  /** Connects and waits for OnConnected; returns the device handle. */
  async connect(
    ctx: number,
    cameraId: string,
    mode: number,
    reconnect: boolean,
    timeoutMs: number,
  ): Promise<number> {
    const out = Buffer.alloc(8);
    await this.run('connect', `connect ${cameraId}`, ctx, cameraId, mode, reconnect ? 1 : 0, timeoutMs, out);
    return Number(out.readBigUInt64LE(0));
  }

  /** Disconnects and releases the SDK device; resolves even when the camera never answered (returns false). */
  async disconnect(device: number, timeoutMs: number): Promise<boolean> {
    const status = await callAsync(this.raw.disconnect, device, timeoutMs);
    if (status === TC.ERR_TIMEOUT || status === TC.ERR_INVALID_HANDLE) return false;
    this.check(status, 'disconnect');
    return true;
  }

  /** Every property (no codes) or the selected ones. */
  async properties(device: number, codes?: readonly number[]): Promise<NativeProperty[]> {
    const codeBuf = codes?.length ? Buffer.from(Uint32Array.from(codes).buffer) : null;
    for (;;) {
      const props = Buffer.alloc(SIZE.property * this.propHint);
      const values = Buffer.alloc(8 * this.valueHint);
      const count = Buffer.alloc(4);
      const used = Buffer.alloc(4);
      const status = await callAsync(
        this.raw.getProperties,
        device,
        codeBuf,
        codes?.length ?? 0,
        props,
        props.length / SIZE.property,
        values,
        values.length / 8,
        count,
        used,
      );
      if (status === TC.ERR_BUFFER_TOO_SMALL) {
        // Grow to what the camera reported and retry (the list may grow between calls, hence the loop).
        this.propHint = Math.max(count.readUInt32LE(0) + 16, this.propHint);
        this.valueHint = Math.max(used.readUInt32LE(0) + 256, this.valueHint);
        continue;
      }
      this.check(status, 'get properties');
      return decodeProperties(props, values, count.readUInt32LE(0)).map(withCatalogSign);
    }
  }

  async setProperty(device: number, code: number, valueType: number, value: number): Promise<void> {
    await this.run(
      'setProperty',
      `set property 0x${code.toString(16)}`,
      device,
      code,
      valueType,
      BigInt(Math.trunc(value)),
    );
  }

  async sendCommand(device: number, commandId: number, param: number): Promise<void> {
    await this.run('sendCommand', `command ${commandId}`, device, commandId, param);
  }

  async setDeviceSetting(device: number, key: number, value: number): Promise<void> {
    await this.run('setDeviceSetting', `device setting ${key}`, device, key, value);
  }

  async setSaveInfo(device: number, path: string, prefix: string, startNo: number): Promise<void> {
    await this.run('setSaveInfo', 'set save info', device, path, prefix, startNo);
  }

  async focusFrames(device: number, kind: 1 | 2): Promise<NativeFocusFrame[]> {
    const out = Buffer.alloc(SIZE.focusFrame * 64);
    const count = Buffer.alloc(4);
    const status = await callAsync(this.raw.getFocusFrames, device, kind, out, 64, count);
    if (status !== TC.ERR_BUFFER_TOO_SMALL) this.check(status, 'focus frames');
    return decodeFocusFrames(out, Math.min(64, count.readUInt32LE(0)));
  }

  async liveViewStream(device: number, enable: boolean, pollMs: number): Promise<void> {
    await this.run('liveViewStream', 'live view stream', device, enable ? 1 : 0, pollMs);
  }

  /**
   * Copies the newest polled frame into `buf` (a memcpy under a mutex, so it runs synchronously). Returns null
   * when nothing newer than `lastFrameNo` exists; `needed` when `buf` is too small.
   */
  copyLatestFrame(
    device: number,
    lastFrameNo: number,
    buf: Buffer,
    info: Buffer,
  ): NativeFrameInfo | { needed: number } | null {
    const status = this.raw.copyLatestFrame(device, lastFrameNo, buf, buf.length, info) as number;
    if (status === TC.ERR_FRAME_NOT_UPDATED) return null;
    if (status === TC.ERR_BUFFER_TOO_SMALL) return { needed: decodeFrameInfo(info).size };
    this.check(status, 'copy live-view frame');
    return decodeFrameInfo(info);
  }

  async rtList(device: number, slot: number): Promise<NativeContentFile[]> {
    return this.listing(
      (out, max, count) => callAsync(this.raw.rtList, device, slot, out, max, count),
      'list card',
    );
  }

  async ctList(device: number): Promise<NativeContentFile[]> {
    return this.listing(
      (out, max, count) => callAsync(this.raw.ctList, device, out, max, count),
      'list card',
    );
  }

  private async listing(
    call: (out: Buffer, max: number, count: Buffer) => Promise<number>,
    operation: string,
  ): Promise<NativeContentFile[]> {
    for (let max = 512; ;) {
      const out = Buffer.alloc(SIZE.contentFile * max);
      const count = Buffer.alloc(4);
      const status = await call(out, max, count);
      if (status === TC.ERR_BUFFER_TOO_SMALL) {
        max = count.readUInt32LE(0) + 64;
        continue;
      }
      this.check(status, operation);
      return decodeContentFiles(out, count.readUInt32LE(0));
    }
  }

  /** Raw status of a call that starts an SDK transfer (the caller maps busy/not-found itself). */
  startRtPull(
    device: number,
    slot: number,
    contentId: number,
    fileId: number,
    dir: string,
    name: string,
  ): Promise<number> {
    return callAsync(this.raw.rtPull, device, slot, contentId, fileId, dir, name);
  }

  startRtImage(
    device: number,
    slot: number,
    contentId: number,
    fileId: number,
    kind: 1 | 2,
    dir: string,
    name: string,
  ): Promise<number> {
    return callAsync(this.raw.rtPullImage, device, slot, contentId, fileId, kind, dir, name);
  }

  startCtPull(device: number, handle: number, small: boolean, dir: string, name: string): Promise<number> {
    return callAsync(this.raw.ctPull, device, handle, small ? 1 : 0, dir, name);
  }

  async rtCancel(device: number): Promise<void> {
    await this.run('rtCancel', 'cancel transfer', device);
  }

  async ctThumbnail(device: number, handle: number): Promise<Buffer> {
    for (let size = 64 * 1024; ; size *= 4) {
      const buf = Buffer.alloc(size);
      const out = Buffer.alloc(4);
      const status = await callAsync(this.raw.ctThumbnail, device, handle, buf, size, out);
      if (status === TC.ERR_BUFFER_TOO_SMALL && size < 16 * 1024 * 1024) continue;
      this.check(status, 'thumbnail');
      return buf.subarray(0, out.readUInt32LE(0));
    }
  }

  async downloadSettings(device: number, dir: string, name: string): Promise<void> {
    await this.run('downloadSettings', 'download settings', device, dir, name);
  }

  async uploadSettings(device: number, path: string): Promise<void> {
    await this.run('uploadSettings', 'upload settings', device, path);
  }

  async importLut(device: number, path: string, slot: number): Promise<void> {
    await this.run('importLut', 'import LUT', device, path, slot);
  }
}
