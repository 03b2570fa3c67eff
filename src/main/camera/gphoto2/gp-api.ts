/**
 * The small libgphoto2 surface the driver uses, as plain data. `KoffiGphoto2` implements it over the C API with
 * koffi; `FakeGphoto2` (testing/) implements it in memory with the same widget names, values and result codes.
 * Every method may block inside libgphoto2: callers serialise calls per camera. Failures are TetherErrors made
 * by `gpError` (their `details.gpCode` is the libgphoto2 result).
 */

/** An opaque open camera (a `Camera *` for the koffi implementation). */
export type GpCamera = bigint | number | object;

/** One camera found by autodetect. */
export interface GpDetected {
  /** libgphoto2 model name (`Nikon DSC D750`). */
  model: string;
  /** Port path (`usb:001,007`); changes when the camera is replugged. */
  port: string;
  /** USB ids from the model's abilities (absent for class-matched generic PTP bodies). */
  usb?: { vendorId: number; productId: number };
}

/** libgphoto2 widget types (CameraWidgetType). */
export type GpWidgetType =
  'window' | 'section' | 'text' | 'range' | 'toggle' | 'radio' | 'menu' | 'button' | 'date';

/** One configuration widget, read out of the camera's config tree. */
export interface GpWidget {
  name: string;
  label: string;
  type: GpWidgetType;
  readonly: boolean;
  /** Text/radio/menu: the string; range: the float; toggle/date: the int; window/section/button: null. */
  value: string | number | null;
  /** Radio/menu choices in the camera's order. */
  choices?: string[];
  /** Range bounds. */
  range?: { min: number; max: number; step: number };
  children?: GpWidget[];
}

/** A camera event (CameraEventType with its data decoded and freed). */
export type GpEvent =
  | { type: 'timeout' }
  | { type: 'unknown'; text: string }
  | { type: 'file-added' | 'folder-added' | 'file-changed'; folder: string; name: string }
  | { type: 'capture-complete' };

/** What `gp_camera_file_get_info` tells about a file. */
export interface GpFileInfo {
  size: number;
  /** Seconds since the epoch, when the camera reports it. */
  mtime?: number;
  mime?: string;
  width?: number;
  height?: number;
}

/** One storage (card slot) from `gp_camera_get_storageinfo`. */
export interface GpStorage {
  /** `/store_00010001`. */
  basedir: string;
  label: string;
  description: string;
  /** CameraStorageAccessType: 0 read-write, 1 read-only, 2 read-only with delete. */
  access?: number;
  capacityKb?: number;
  freeKb?: number;
  freeImages?: number;
}

/** The libgphoto2 calls the driver makes. */
export interface Gphoto2Api {
  /** libgphoto2 version (`2.5.30`). */
  version(): string;
  /** Cameras on the bus now (`gp_camera_autodetect`). */
  autodetect(): Promise<GpDetected[]>;
  /** Opens the camera at a port (`gp_camera_new`, port info, `gp_camera_init`). */
  open(port: string): Promise<GpCamera>;
  /** Closes and frees it (`gp_camera_exit`, `gp_camera_unref`); never throws. */
  close(camera: GpCamera): Promise<void>;
  /** The camera's summary text (manufacturer, model, serial, …). */
  summary(camera: GpCamera): Promise<string>;
  /** The whole configuration tree (`gp_camera_get_config`). */
  config(camera: GpCamera): Promise<GpWidget>;
  /** One widget (`gp_camera_get_single_config`). */
  widget(camera: GpCamera, name: string): Promise<GpWidget>;
  /** Writes one widget (`gp_camera_set_single_config`): a string for text/radio/menu, a number otherwise. */
  setWidget(camera: GpCamera, name: string, value: string | number): Promise<void>;
  /** Takes a picture (`gp_camera_capture`); resolves with where the camera put it. */
  capture(camera: GpCamera): Promise<{ folder: string; name: string }>;
  /** One live-view JPEG (`gp_camera_capture_preview`). */
  preview(camera: GpCamera): Promise<Uint8Array>;
  /** Sub-folders of a folder. */
  listFolders(camera: GpCamera, folder: string): Promise<string[]>;
  /** Files of a folder. */
  listFiles(camera: GpCamera, folder: string): Promise<string[]>;
  /** Size, time and type of a file. */
  fileInfo(camera: GpCamera, folder: string, name: string): Promise<GpFileInfo>;
  /** A whole file (`normal`) or its camera-made thumbnail (`preview`), via `gp_camera_file_get`. */
  getFile(camera: GpCamera, folder: string, name: string, kind: 'normal' | 'preview'): Promise<Uint8Array>;
  /** Bytes from `offset` (`gp_camera_file_read`); NOT_SUPPORTED on bodies without partial reads. */
  readFile(
    camera: GpCamera,
    folder: string,
    name: string,
    offset: number,
    length: number,
  ): Promise<Uint8Array>;
  /** Deletes a file from the camera. */
  deleteFile(camera: GpCamera, folder: string, name: string): Promise<void>;
  /** Storages (card slots). */
  storage(camera: GpCamera): Promise<GpStorage[]>;
  /** The next event, or `timeout` (`gp_camera_wait_for_event`; 2.5.30 blocks for twice `timeoutMs`). */
  waitForEvent(camera: GpCamera, timeoutMs: number): Promise<GpEvent>;
}
