import type { RawProperty, RawValue } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import type { NativeProperty } from './abi';
import type { CameraLink } from './camera-link';
import type { CrsdkSession } from './crsdk-session';
import type { NativeApi } from './native-api';
import { PRIORITY_KEY, isStringType, toRawProperty, valueOf, writeType } from './property-mapping';

const SET_ONLY = 3; // CrEnableValue_SetOnly

/** Property reads and validated writes. A write resolves once the camera reports the new value. */
export class PropertyAccess {
  constructor(
    private readonly api: NativeApi,
    private readonly session: CrsdkSession,
    private readonly waitMs: number,
  ) {}

  /** Every property the camera reports. */
  async all(link: CameraLink): Promise<RawProperty[]> {
    const native = await this.api.properties(link.device);
    const pk = valueOf(native, CR.PriorityKeySettings);
    return native.map((p) => toRawProperty(p, pk));
  }

  /** Selected properties; unknown codes are omitted. */
  async selected(link: CameraLink, codes: number[]): Promise<RawProperty[]> {
    if (!Array.isArray(codes) || codes.some((c) => !Number.isInteger(c) || c < 0 || c > 0xffffffff)) {
      throw new TetherError(ErrorCode.InvalidArgument, 'property codes must be unsigned 32-bit integers');
    }
    if (codes.length === 0) return [];
    // The priority key comes along so writability can be gated the way the body gates it.
    const native = await this.api.properties(link.device, [...new Set([...codes, CR.PriorityKeySettings])]);
    const pk = valueOf(native, CR.PriorityKeySettings);
    const wanted = new Set(codes);
    return native.filter((p) => wanted.has(p.code)).map((p) => toRawProperty(p, pk));
  }

  /** Throws PRIORITY_KEY_NOT_PC_REMOTE unless the host has priority; returns the properties commands need. */
  async requireRemoteControl(link: CameraLink): Promise<NativeProperty[]> {
    const native = await this.api.properties(link.device, [
      CR.PriorityKeySettings,
      CR.FocusMode,
      CR.AF_Area_Position,
      CR.Zoom_Operation,
    ]);
    const pk = valueOf(native, CR.PriorityKeySettings);
    if (pk !== undefined && pk !== PRIORITY_KEY.pcRemote) {
      throw new TetherError(ErrorCode.PriorityKeyNotPcRemote, 'set priority-key to pc-remote first');
    }
    return native;
  }

  /** Validates against the camera's current constraints, writes, and waits for the camera to apply it. */
  async set(link: CameraLink, code: number, value: RawValue): Promise<void> {
    if (!Number.isInteger(code) || code < 0)
      throw new TetherError(ErrorCode.InvalidArgument, `invalid property code ${code}`);
    const native = await this.api.properties(link.device, [code, CR.PriorityKeySettings]);
    const prop = native.find((p) => p.code === code);
    if (!prop)
      throw new TetherError(ErrorCode.UnknownProperty, `the camera has no property 0x${code.toString(16)}`);
    const pk = valueOf(native, CR.PriorityKeySettings);
    const raw = toRawProperty(prop, pk);
    if (!raw.writable) {
      if (pk !== undefined && pk !== PRIORITY_KEY.pcRemote && code !== CR.PriorityKeySettings) {
        throw new TetherError(ErrorCode.PriorityKeyNotPcRemote, 'set priority-key to pc-remote first');
      }
      throw new TetherError(
        ErrorCode.PropertyNotWritable,
        `property 0x${code.toString(16)} is not writable now`,
      );
    }
    if (isStringType(prop.valueType))
      throw new TetherError(ErrorCode.NotSupported, 'writing string properties is not supported');
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new TetherError(
        ErrorCode.InvalidValue,
        `property 0x${code.toString(16)} takes an integer, got ${JSON.stringify(value)}`,
      );
    }
    if (raw.available.length && !raw.available.includes(value)) {
      throw new TetherError(
        ErrorCode.ValueNotAvailable,
        `0x${value.toString(16)} is not among the camera's current values`,
        { available: raw.available },
      );
    }
    const setOnly = prop.enableFlag === SET_ONLY;
    if (!setOnly && prop.current === value) return;
    const stop = new AbortController();
    const reported = this.session
      .find(link.cameraId)
      ?.waitFor(
        'codes',
        (codes) => (codes.includes(code) ? true : undefined),
        this.waitMs,
        `property 0x${code.toString(16)}`,
        stop.signal,
      );
    reported?.catch(() => undefined);
    try {
      await this.api.setProperty(link.device, code, writeType(prop.valueType), value);
    } catch (err) {
      stop.abort();
      throw err;
    }
    if (setOnly) {
      stop.abort();
      return;
    }
    // The body applies writes asynchronously; the change callback says when. Verify either way.
    await reported?.catch(() => undefined);
    const now = (await this.api.properties(link.device, [code])).find((p) => p.code === code)?.current;
    if (now !== value) {
      throw new TetherError(
        ErrorCode.OperationRejected,
        `the camera kept 0x${(now ?? 0).toString(16)} instead of 0x${value.toString(16)}`,
      );
    }
  }
}
