import koffi from 'koffi';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { OFFSETS, SIZE } from './abi';
import { BUILD_HINT } from './library-path';

/** The ABI version this TypeScript side was written against (TC_ABI_VERSION). */
export const EXPECTED_ABI_VERSION = 2;

const PROTOTYPES = {
  abiVersion: 'int32_t tc_abi_version()',
  strerror: 'int32_t tc_strerror(int32_t status, void *buf, uint32_t size)',
  sdkVersion: 'int32_t tc_sdk_version(void *buf, uint32_t size, void *standin)',
  getStats: 'int32_t tc_get_stats(uint64_t ctx, void *out)',
  init: 'int32_t tc_init(uint32_t capacity, void *outCtx)',
  release: 'int32_t tc_release(uint64_t ctx)',
  waitEvents: 'int32_t tc_wait_events(uint64_t ctx, void *out, uint32_t max, int32_t timeoutMs)',
  enumerate: 'int32_t tc_enumerate(uint64_t ctx, uint32_t timeoutSec, void *out, uint32_t max, void *count)',
  connect:
    'int32_t tc_connect(uint64_t ctx, const char *cameraId, int32_t mode, int32_t reconnect, int32_t timeoutMs, void *outDevice)',
  disconnect: 'int32_t tc_disconnect(uint64_t device, int32_t timeoutMs)',
  connectionState: 'int32_t tc_connection_state(uint64_t device, void *out)',
  getProperties:
    'int32_t tc_get_properties(uint64_t device, void *codes, uint32_t ncodes, void *out, uint32_t max, void *values, uint32_t maxValues, void *count, void *valuesCount)',
  setProperty: 'int32_t tc_set_property(uint64_t device, uint32_t code, uint32_t valueType, int64_t value)',
  sendCommand: 'int32_t tc_send_command(uint64_t device, uint32_t commandId, uint32_t param)',
  setDeviceSetting: 'int32_t tc_set_device_setting(uint64_t device, uint32_t key, uint32_t value)',
  setSaveInfo:
    'int32_t tc_set_save_info(uint64_t device, const char *path, const char *prefix, int32_t startNo)',
  getFocusFrames:
    'int32_t tc_get_focus_frames(uint64_t device, int32_t kind, void *out, uint32_t max, void *count)',
  liveViewInfo: 'int32_t tc_live_view_info(uint64_t device, void *outSize)',
  grabLiveView: 'int32_t tc_grab_live_view(uint64_t device, void *buf, uint32_t size, void *info)',
  liveViewStream: 'int32_t tc_live_view_stream(uint64_t device, int32_t enable, int32_t pollMs)',
  copyLatestFrame:
    'int32_t tc_copy_latest_frame(uint64_t device, uint64_t lastFrameNo, void *buf, uint32_t size, void *info)',
  rtList: 'int32_t tc_rt_list(uint64_t device, uint32_t slot, void *out, uint32_t max, void *count)',
  rtPull:
    'int32_t tc_rt_pull(uint64_t device, uint32_t slot, uint32_t contentId, uint32_t fileId, const char *dir, const char *name)',
  rtPullImage:
    'int32_t tc_rt_pull_image(uint64_t device, uint32_t slot, uint32_t contentId, uint32_t fileId, int32_t kind, const char *dir, const char *name)',
  rtCancel: 'int32_t tc_rt_cancel(uint64_t device)',
  ctList: 'int32_t tc_ct_list(uint64_t device, void *out, uint32_t max, void *count)',
  ctPull:
    'int32_t tc_ct_pull(uint64_t device, uint32_t handle, int32_t smallSize, const char *dir, const char *name)',
  ctThumbnail:
    'int32_t tc_ct_thumbnail(uint64_t device, uint32_t handle, void *buf, uint32_t size, void *outSize)',
  downloadSettings: 'int32_t tc_download_settings(uint64_t device, const char *dir, const char *name)',
  uploadSettings: 'int32_t tc_upload_settings(uint64_t device, const char *path)',
  importLut: 'int32_t tc_import_lut(uint64_t device, const char *path, uint32_t slot)',
} as const;

/** A declared native function: call it directly, or through `.async` on a libuv worker thread. */
export type NativeFn = ((...args: unknown[]) => unknown) & { async: (...args: unknown[]) => void };

/** Every ABI function of the bridge. */
export type RawBindings = { [K in keyof typeof PROTOTYPES]: NativeFn } & { path: string };

/** Runs a native function on a worker thread; resolves with its int32 status. */
export function callAsync(fn: NativeFn, ...args: unknown[]): Promise<number> {
  return new Promise((resolve, reject) => {
    fn.async(...args, (err: unknown, res: number) => (err ? reject(err) : resolve(res)));
  });
}

// The C structs, declared once so their layout can be compared with the hand-written offsets in abi.ts.
let layoutChecked = false;
function checkLayout(): void {
  if (layoutChecked) return;
  const event = koffi.struct({
    type: 'uint32_t',
    code: 'uint32_t',
    device: 'uint64_t',
    seq: 'uint64_t',
    param2: 'int64_t',
    sdk_code: 'uint32_t',
    param1: 'uint32_t',
    param3: 'int32_t',
    codes_count: 'uint32_t',
    codes: koffi.array('uint32_t', 32),
    text: koffi.array('char', 512),
  });
  const camera = koffi.struct({
    id: koffi.array('char', 64),
    model: koffi.array('char', 64),
    name: koffi.array('char', 64),
    serial: koffi.array('char', 64),
    connection_type: koffi.array('char', 16),
    usb_pid: 'uint32_t',
    index: 'uint32_t',
  });
  const property = koffi.struct({
    code: 'uint32_t',
    value_type: 'uint32_t',
    enable_flag: 'int32_t',
    variable_flag: 'uint32_t',
    current: 'int64_t',
    values_offset: 'uint32_t',
    values_count: 'uint32_t',
    get_enabled: 'uint32_t',
    set_enabled: 'uint32_t',
    current_str: koffi.array('char', 256),
  });
  const content = koffi.struct({
    slot: 'uint32_t',
    content_id: 'uint32_t',
    file_id: 'uint32_t',
    file_format: 'uint32_t',
    size: 'uint64_t',
    year: 'uint16_t',
    month: 'uint8_t',
    day: 'uint8_t',
    hour: 'uint8_t',
    minute: 'uint8_t',
    second: 'uint8_t',
    reserved: 'uint8_t',
    width: 'uint32_t',
    height: 'uint32_t',
    path: koffi.array('char', 256),
  });
  const checks: Array<[string, number, number]> = [
    ['sizeof(tc_event)', koffi.sizeof(event), SIZE.event],
    ['tc_event.seq', koffi.offsetof(event, 'seq'), OFFSETS.event.seq],
    ['tc_event.param2', koffi.offsetof(event, 'param2'), OFFSETS.event.param2],
    ['tc_event.codes', koffi.offsetof(event, 'codes'), OFFSETS.event.codes],
    ['tc_event.text', koffi.offsetof(event, 'text'), OFFSETS.event.text],
    ['sizeof(tc_camera_info)', koffi.sizeof(camera), SIZE.cameraInfo],
    ['tc_camera_info.usb_pid', koffi.offsetof(camera, 'usb_pid'), OFFSETS.cameraInfo.usb_pid],
    ['sizeof(tc_property)', koffi.sizeof(property), SIZE.property],
    ['tc_property.current', koffi.offsetof(property, 'current'), OFFSETS.property.current],
    ['tc_property.current_str', koffi.offsetof(property, 'current_str'), OFFSETS.property.current_str],
    ['sizeof(tc_content_file)', koffi.sizeof(content), SIZE.contentFile],
    ['tc_content_file.width', koffi.offsetof(content, 'width'), OFFSETS.contentFile.width],
    ['tc_content_file.path', koffi.offsetof(content, 'path'), OFFSETS.contentFile.path],
  ];
  for (const [what, actual, expected] of checks) {
    if (actual !== expected)
      throw new TetherError(
        ErrorCode.Internal,
        `ABI layout drift: ${what} is ${actual}, expected ${expected}`,
      );
  }
  layoutChecked = true;
}

const loaded = new Map<string, RawBindings>();

/** Loads the bridge library (once per path) and declares every function. Throws DRIVER_UNAVAILABLE. */
export function loadBindings(path: string): RawBindings {
  const cached = loaded.get(path);
  if (cached) return cached;
  checkLayout();
  let lib: ReturnType<typeof koffi.load>;
  try {
    lib = koffi.load(path);
  } catch (err) {
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `cannot load ${path}: ${(err as Error).message}. ${BUILD_HINT}`,
    );
  }
  const fns = Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, proto]) => [name, lib.func(proto)]),
  ) as unknown as RawBindings;
  fns.path = path;
  const abi = fns.abiVersion() as number;
  if (abi !== EXPECTED_ABI_VERSION) {
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `${path} speaks ABI ${abi}, this build expects ${EXPECTED_ABI_VERSION}. ${BUILD_HINT}`,
    );
  }
  loaded.set(path, fns);
  return fns;
}
