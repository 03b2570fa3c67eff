import koffi from 'koffi';
import { ErrorCode, TetherError } from '../../../shared/errors';

// Every pointer travels as `void *` (a BigInt in koffi 3); out-parameters are Buffers read back with
// readBigUInt64LE / readInt32LE, and `char *` results are read with koffi.decode.string.
const PROTOTYPES = {
  libraryVersion: 'void *gp_library_version(int verbose)',
  resultAsString: 'const char *gp_result_as_string(int result)',
  contextNew: 'void *gp_context_new()',
  listNew: 'int gp_list_new(void *out)',
  listFree: 'int gp_list_free(void *list)',
  listReset: 'int gp_list_reset(void *list)',
  listCount: 'int gp_list_count(void *list)',
  listGetName: 'int gp_list_get_name(void *list, int index, void *out)',
  listGetValue: 'int gp_list_get_value(void *list, int index, void *out)',
  abilitiesListNew: 'int gp_abilities_list_new(void *out)',
  abilitiesListLoad: 'int gp_abilities_list_load(void *list, void *context)',
  abilitiesListDetect: 'int gp_abilities_list_detect(void *list, void *ports, void *out, void *context)',
  abilitiesListLookupModel: 'int gp_abilities_list_lookup_model(void *list, const char *model)',
  abilitiesListGetAbilities: 'int gp_abilities_list_get_abilities(void *list, int index, void *out)',
  portInfoListNew: 'int gp_port_info_list_new(void *out)',
  portInfoListLoad: 'int gp_port_info_list_load(void *list)',
  portInfoListFree: 'int gp_port_info_list_free(void *list)',
  portInfoListLookupPath: 'int gp_port_info_list_lookup_path(void *list, const char *path)',
  portInfoListGetInfo: 'int gp_port_info_list_get_info(void *list, int index, void *out)',
  cameraNew: 'int gp_camera_new(void *out)',
  cameraSetPortInfo: 'int gp_camera_set_port_info(void *camera, void *info)',
  cameraInit: 'int gp_camera_init(void *camera, void *context)',
  cameraExit: 'int gp_camera_exit(void *camera, void *context)',
  cameraUnref: 'int gp_camera_unref(void *camera)',
  cameraGetSummary: 'int gp_camera_get_summary(void *camera, void *text, void *context)',
  cameraGetConfig: 'int gp_camera_get_config(void *camera, void *out, void *context)',
  cameraGetSingleConfig:
    'int gp_camera_get_single_config(void *camera, const char *name, void *out, void *context)',
  cameraSetSingleConfig:
    'int gp_camera_set_single_config(void *camera, const char *name, void *widget, void *context)',
  cameraCapture: 'int gp_camera_capture(void *camera, int type, void *path, void *context)',
  cameraCapturePreview: 'int gp_camera_capture_preview(void *camera, void *file, void *context)',
  cameraFolderListFiles:
    'int gp_camera_folder_list_files(void *camera, const char *folder, void *list, void *context)',
  cameraFolderListFolders:
    'int gp_camera_folder_list_folders(void *camera, const char *folder, void *list, void *context)',
  cameraFileGetInfo:
    'int gp_camera_file_get_info(void *camera, const char *folder, const char *file, void *info, void *context)',
  cameraFileGet:
    'int gp_camera_file_get(void *camera, const char *folder, const char *file, int type, void *out, void *context)',
  cameraFileRead:
    'int gp_camera_file_read(void *camera, const char *folder, const char *file, int type, uint64_t offset, void *buf, void *size, void *context)',
  cameraFileDelete:
    'int gp_camera_file_delete(void *camera, const char *folder, const char *file, void *context)',
  cameraGetStorageinfo: 'int gp_camera_get_storageinfo(void *camera, void *out, void *count, void *context)',
  cameraWaitForEvent:
    'int gp_camera_wait_for_event(void *camera, int timeout, void *type, void *data, void *context)',
  fileNew: 'int gp_file_new(void *out)',
  fileUnref: 'int gp_file_unref(void *file)',
  fileGetDataAndSize: 'int gp_file_get_data_and_size(void *file, void *data, void *size)',
  widgetFree: 'int gp_widget_free(void *widget)',
  widgetCountChildren: 'int gp_widget_count_children(void *widget)',
  widgetGetChild: 'int gp_widget_get_child(void *widget, int index, void *out)',
  widgetGetName: 'int gp_widget_get_name(void *widget, void *out)',
  widgetGetLabel: 'int gp_widget_get_label(void *widget, void *out)',
  widgetGetType: 'int gp_widget_get_type(void *widget, void *out)',
  widgetGetReadonly: 'int gp_widget_get_readonly(void *widget, void *out)',
  widgetGetValue: 'int gp_widget_get_value(void *widget, void *out)',
  widgetSetValue: 'int gp_widget_set_value(void *widget, void *value)',
  widgetCountChoices: 'int gp_widget_count_choices(void *widget)',
  widgetGetChoice: 'int gp_widget_get_choice(void *widget, int index, void *out)',
  widgetGetRange: 'int gp_widget_get_range(void *widget, void *min, void *max, void *step)',
} as const;

/** A declared native function: call it directly, or through `.async` on a libuv worker thread. */
export type GpFn = ((...args: unknown[]) => unknown) & { async: (...args: unknown[]) => void };

/** Every libgphoto2 function the driver declares, plus libc `free` for event data. */
export type GpBindings = { [K in keyof typeof PROTOTYPES]: GpFn } & { free: GpFn; path: string };

/** CameraFilePath: `char name[128]; char folder[1024]`. */
export const CAMERA_FILE_PATH = koffi.struct('TetherGpCameraFilePath', {
  name: koffi.array('char', 128, 'String'),
  folder: koffi.array('char', 1024, 'String'),
});

const INFO_PREVIEW = koffi.struct('TetherGpFileInfoPreview', {
  fields: 'int',
  status: 'int',
  size: 'uint64_t',
  type: koffi.array('char', 64, 'String'),
  width: 'uint32_t',
  height: 'uint32_t',
});

/** CameraFileInfo (preview, file, audio), as gphoto2-filesys.h declares it. */
export const CAMERA_FILE_INFO = koffi.struct('TetherGpFileInfo', {
  preview: INFO_PREVIEW,
  file: koffi.struct('TetherGpFileInfoFile', {
    fields: 'int',
    status: 'int',
    size: 'uint64_t',
    type: koffi.array('char', 64, 'String'),
    width: 'uint32_t',
    height: 'uint32_t',
    permissions: 'int',
    mtime: 'int64_t', // time_t on LP64
  }),
  audio: koffi.struct('TetherGpFileInfoAudio', {
    fields: 'int',
    status: 'int',
    size: 'uint64_t',
    type: koffi.array('char', 64, 'String'),
  }),
});

/** CameraStorageInformation. */
export const CAMERA_STORAGE_INFO = koffi.struct('TetherGpStorageInfo', {
  fields: 'int',
  basedir: koffi.array('char', 256, 'String'),
  label: koffi.array('char', 256, 'String'),
  description: koffi.array('char', 256, 'String'),
  type: 'int',
  fstype: 'int',
  access: 'int',
  capacitykbytes: 'uint64_t',
  freekbytes: 'uint64_t',
  freeimages: 'uint64_t',
});

/** CameraAbilities (only the USB ids are read; the size must be right for the out-parameter). */
export const CAMERA_ABILITIES = koffi.struct('TetherGpAbilities', {
  model: koffi.array('char', 128, 'String'),
  status: 'int',
  port: 'int',
  speed: koffi.array('int', 64),
  operations: 'int',
  file_operations: 'int',
  folder_operations: 'int',
  usb_vendor: 'int',
  usb_product: 'int',
  usb_class: 'int',
  usb_subclass: 'int',
  usb_protocol: 'int',
  library: koffi.array('char', 1024, 'String'),
  id: koffi.array('char', 1024, 'String'),
  device_type: 'int',
  reserved: koffi.array('int', 7),
});

/** sizeof(CameraText). */
export const CAMERA_TEXT_SIZE = 32 * 1024;

/** A C string at a pointer (null pointer → ''). */
export const cString = (p: bigint): string => (p ? koffi.decode.string(p) : '');

/** Runs a native function on a worker thread; resolves with its int result. */
export function callAsync(fn: GpFn, ...args: unknown[]): Promise<number> {
  return new Promise((resolve, reject) => {
    fn.async(...args, (err: unknown, res: number) => (err ? reject(err) : resolve(res)));
  });
}

const loaded = new Map<string, GpBindings>();

function loadFree(): GpFn {
  // Event data is malloc'ed by libgphoto2; free it with the same C library.
  for (const name of process.platform === 'darwin' ? ['libSystem.B.dylib'] : ['libc.so.6', null]) {
    try {
      return koffi.load(name as string).func('void free(void *ptr)') as GpFn;
    } catch {
      // try the next candidate
    }
  }
  throw new TetherError(
    ErrorCode.DriverUnavailable,
    'cannot find the C library to free libgphoto2 event data',
  );
}

/** Loads libgphoto2 from `path` (once per path) and declares every function. Throws DRIVER_UNAVAILABLE. */
export function loadGphoto2(path: string): GpBindings {
  const cached = loaded.get(path);
  if (cached) return cached;
  let lib: ReturnType<typeof koffi.load>;
  try {
    lib = koffi.load(path);
  } catch (err) {
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `cannot load libgphoto2 (${path}): ${(err as Error).message}`,
    );
  }
  let fns: GpBindings;
  try {
    fns = Object.fromEntries(
      Object.entries(PROTOTYPES).map(([name, proto]) => [name, lib.func(proto)]),
    ) as unknown as GpBindings;
  } catch (err) {
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `${path} lacks a function this driver needs (libgphoto2 2.5.10 or newer is required): ${(err as Error).message}`,
    );
  }
  fns.free = loadFree();
  fns.path = path;
  loaded.set(path, fns);
  return fns;
}
