import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import { TC, type NativeProperty } from './abi';
import { crsdkAvailability, loadNativeApi } from './availability';
import { createCrsdkDriver } from './create-driver';
import { BUILD_HINT } from './library-path';
import { CR_ERROR, errorCodeFor, nativeError } from './native-errors';
import { afStateFromIndication, toFocusFrame, toRawProperty, writeType } from './property-mapping';
import { NATIVE_BUILD_TIMEOUT_MS, ensureNativeLibrary } from './testing/native-harness';

const prop = (over: Partial<NativeProperty>): NativeProperty => ({
  code: CR.WhiteBalance,
  valueType: 0x2002,
  enableFlag: 1,
  variableFlag: 2,
  current: 0,
  values: [0, 0x11, 0x12],
  getEnabled: true,
  setEnabled: true,
  currentStr: '',
  ...over,
});

describe('CRSDK mappings', () => {
  it('maps bridge and SDK statuses onto the shared error codes', () => {
    expect(errorCodeFor(TC.ERR_TIMEOUT)).toBe(ErrorCode.Timeout);
    expect(errorCodeFor(TC.ERR_BUSY)).toBe(ErrorCode.CameraBusy);
    expect(errorCodeFor(CR_ERROR.RemoteTransferGetContentsDataDisable)).toBe(ErrorCode.CameraBusy);
    expect(errorCodeFor(CR_ERROR.AdaptorDeviceBusy)).toBe(ErrorCode.CameraBusy);
    expect(errorCodeFor(CR_ERROR.ConnectDisconnected)).toBe(ErrorCode.Disconnected);
    expect(errorCodeFor(CR_ERROR.ApiInvalidCalled)).toBe(ErrorCode.OperationRejected);
    expect(errorCodeFor(0x8109)).toBe(ErrorCode.IoError);
    expect(errorCodeFor(0x8e42)).toBe(ErrorCode.SdkError);
    const err = nativeError(0x8d03, 'pull', () => 'busy');
    expect(err).toMatchObject({
      code: ErrorCode.CameraBusy,
      message: 'pull: busy',
      details: { sdkCode: 0x8d03 },
    });
  });

  it('gates writability and values on the priority key, as the body does', () => {
    expect(toRawProperty(prop({}), 2)).toEqual({
      code: CR.WhiteBalance,
      value: 0,
      writable: true,
      available: [0, 0x11, 0x12],
    });
    expect(toRawProperty(prop({}), 1)).toMatchObject({ writable: false, available: [] });
    expect(toRawProperty(prop({ code: CR.PriorityKeySettings, values: [1, 2] }), 1)).toMatchObject({
      writable: true,
      available: [1, 2],
    });
    expect(toRawProperty(prop({ setEnabled: false, enableFlag: 2 }), 2)).toMatchObject({
      writable: false,
      available: [],
    });
    expect(toRawProperty(prop({ valueType: 0x4002, values: [2500, 9900, 100] }), 2).available).toEqual([]); // a range
    expect(toRawProperty(prop({ valueType: 0xffff, currentStr: 'ILCE-7M4' }), 2).value).toBe('ILCE-7M4');
    expect(writeType(0x2003)).toBe(0x0003);
    expect(writeType(0x5002)).toBe(0x1002);
  });

  it('maps focus indications and frames', () => {
    expect(afStateFromIndication(0x0102)).toBe('focused');
    expect(afStateFromIndication(0x0303)).toBe('tracking');
    expect(afStateFromIndication(0x0203)).toBe('failed');
    expect(afStateFromIndication(0x0001)).toBe('unlocked');
    expect(
      toFocusFrame({ type: 2, state: 2, priority: 1, x: 320, y: 240, width: 60, height: 60 }, 1),
    ).toEqual({
      type: 'phase-detection-image-sensor',
      state: 'focused',
      priority: 1,
      position: { x: 320, y: 240 },
      size: { width: 60, height: 60 },
    });
  });

  it('explains how to build the library when it is missing', () => {
    let err: unknown;
    try {
      loadNativeApi(null);
    } catch (e) {
      err = e;
    }
    expect(isTetherError(err, ErrorCode.DriverUnavailable)).toBe(true);
    expect((err as Error).message).toContain(BUILD_HINT);
    expect(() =>
      createCrsdkDriver({
        library: { dir: '/nonexistent', bridge: '/nonexistent/libtether_crsdk.so', core: '' },
      }),
    ).toThrow(/cannot load .*build:native/);
  });
});

describe('CRSDK availability', () => {
  beforeAll(() => ensureNativeLibrary(), NATIVE_BUILD_TIMEOUT_MS);

  it('does not offer a stand-in build for automatic selection, and says why', () => {
    const a = crsdkAvailability();
    expect(a.library).toMatch(/tether_crsdk/);
    expect(a.sdkVersion).toMatch(/^V\d+\.\d\d\.\d\d$/);
    expect(a.available).toBe(false);
    expect(a.standin).toBe(true);
    expect(a.reason).toMatch(/stand-in.*--driver crsdk/);
  });
});
