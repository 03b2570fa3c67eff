import koffi from 'koffi';
import type { GpCamera, GpDetected, GpEvent, GpFileInfo, Gphoto2Api, GpStorage, GpWidget } from './gp-api';
import {
  CAMERA_ABILITIES,
  CAMERA_FILE_INFO,
  CAMERA_FILE_PATH,
  CAMERA_TEXT_SIZE,
  callAsync,
  cString,
  type GpFn,
} from './koffi-bindings';
import { KoffiCalls, decodeFileInfo, decodeStorage, ptrOf, ptrOut } from './koffi-calls';
import { readWidgetTree, widgetValueBuffer } from './koffi-widgets';

const GP_CAPTURE_IMAGE = 0;
const GP_FILE_TYPE_PREVIEW = 0;
const GP_FILE_TYPE_NORMAL = 1;
const EVENT_TYPES = [
  'unknown',
  'timeout',
  'file-added',
  'folder-added',
  'capture-complete',
  'file-changed',
] as const;

/**
 * Gphoto2Api over libgphoto2's C API with koffi. Every call that talks to the camera runs through `.async` on a
 * worker thread (the JS event loop keeps running); list and widget bookkeeping runs synchronously. One
 * GPContext is shared; the abilities list (the camlibs) is loaded once.
 */
export class KoffiGphoto2 extends KoffiCalls implements Gphoto2Api {
  private abilities: bigint | null = null;

  version(): string {
    const list = this.gp.libraryVersion(0) as bigint;
    return list ? cString(koffi.decode(list, 'void *') as bigint) : 'unknown';
  }

  private async abilitiesList(): Promise<bigint> {
    if (this.abilities) return this.abilities;
    const out = ptrOut();
    this.check(this.gp.abilitiesListNew(out) as number, 'gp_abilities_list_new');
    const list = ptrOf(out);
    await this.run(this.gp.abilitiesListLoad, 'load camera drivers', list, this.context);
    this.abilities = list;
    return list;
  }

  private usbIds(model: string): GpDetected['usb'] {
    if (!this.abilities) return undefined;
    const index = this.gp.abilitiesListLookupModel(this.abilities, model) as number;
    if (index < 0) return undefined;
    const buf = Buffer.alloc(koffi.sizeof(CAMERA_ABILITIES));
    if ((this.gp.abilitiesListGetAbilities(this.abilities, index, buf) as number) < 0) return undefined;
    const a = koffi.decode(buf, CAMERA_ABILITIES) as { usb_vendor: number; usb_product: number };
    return a.usb_vendor ? { vendorId: a.usb_vendor, productId: a.usb_product } : undefined;
  }

  private async portInfoList(): Promise<bigint> {
    const out = ptrOut();
    this.check(this.gp.portInfoListNew(out) as number, 'gp_port_info_list_new');
    const ports = ptrOf(out);
    // Loading the port list probes the USB bus: off the JS thread.
    await this.run(this.gp.portInfoListLoad, 'load port drivers', ports).catch((err) => {
      this.gp.portInfoListFree(ports);
      throw err;
    });
    return ports;
  }

  async autodetect(): Promise<GpDetected[]> {
    const abilities = await this.abilitiesList();
    const ports = await this.portInfoList();
    try {
      return await this.withList(async (list) => {
        await this.run(this.gp.abilitiesListDetect, 'autodetect', abilities, ports, list, this.context);
        return this.listEntries(list).map(({ name, value }) => {
          const usb = this.usbIds(name);
          return { model: name, port: value, ...(usb ? { usb } : {}) };
        });
      });
    } finally {
      this.gp.portInfoListFree(ports);
    }
  }

  async open(port: string): Promise<GpCamera> {
    const ports = await this.portInfoList();
    const out = ptrOut();
    this.check(this.gp.cameraNew(out) as number, 'gp_camera_new');
    const camera = ptrOf(out);
    try {
      const index = this.check(this.gp.portInfoListLookupPath(ports, port) as number, `find port ${port}`);
      const info = ptrOut();
      this.check(this.gp.portInfoListGetInfo(ports, index, info) as number, 'port info');
      this.check(this.gp.cameraSetPortInfo(camera, ptrOf(info)) as number, 'set port');
      // The model is left unset: gp_camera_init detects the body at that port and loads its camlib.
      await this.run(this.gp.cameraInit, `open camera at ${port}`, camera, this.context);
      return camera;
    } catch (err) {
      this.gp.cameraUnref(camera);
      throw err;
    } finally {
      this.gp.portInfoListFree(ports);
    }
  }

  async close(camera: GpCamera): Promise<void> {
    await callAsync(this.gp.cameraExit, camera, this.context).catch(() => undefined);
    this.gp.cameraUnref(camera);
  }

  async summary(camera: GpCamera): Promise<string> {
    const text = Buffer.alloc(CAMERA_TEXT_SIZE);
    await this.run(this.gp.cameraGetSummary, 'summary', camera, text, this.context);
    return text.toString('utf8', 0, Math.max(0, text.indexOf(0)));
  }

  async config(camera: GpCamera): Promise<GpWidget> {
    const out = ptrOut();
    await this.run(this.gp.cameraGetConfig, 'read configuration', camera, out, this.context);
    const root = ptrOf(out);
    try {
      return readWidgetTree(this.gp, root);
    } finally {
      this.gp.widgetFree(root);
    }
  }

  private async single<T>(
    camera: GpCamera,
    name: string,
    use: (widget: bigint) => Promise<T> | T,
  ): Promise<T> {
    const out = ptrOut();
    await this.run(this.gp.cameraGetSingleConfig, `read ${name}`, camera, name, out, this.context);
    const widget = ptrOf(out);
    try {
      return await use(widget);
    } finally {
      this.gp.widgetFree(widget);
    }
  }

  widget(camera: GpCamera, name: string): Promise<GpWidget> {
    return this.single(camera, name, (w) => readWidgetTree(this.gp, w));
  }

  setWidget(camera: GpCamera, name: string, value: string | number): Promise<void> {
    return this.single(camera, name, async (w) => {
      const type = Buffer.alloc(4);
      this.check(this.gp.widgetGetType(w, type) as number, `type of ${name}`);
      const buf = widgetValueBuffer(type.readInt32LE(0), value, name);
      this.check(this.gp.widgetSetValue(w, buf) as number, `set ${name}`);
      await this.run(this.gp.cameraSetSingleConfig, `write ${name}`, camera, name, w, this.context);
    });
  }

  async capture(camera: GpCamera): Promise<{ folder: string; name: string }> {
    const path = Buffer.alloc(koffi.sizeof(CAMERA_FILE_PATH));
    await this.run(this.gp.cameraCapture, 'capture', camera, GP_CAPTURE_IMAGE, path, this.context);
    const decoded = koffi.decode(path, CAMERA_FILE_PATH) as { name: string; folder: string };
    return { folder: decoded.folder, name: decoded.name };
  }

  preview(camera: GpCamera): Promise<Uint8Array> {
    return this.withFile(async (file) => {
      await this.run(this.gp.cameraCapturePreview, 'live view frame', camera, file, this.context);
    });
  }

  private listing(fn: GpFn, operation: string, camera: GpCamera, folder: string): Promise<string[]> {
    return this.withList(async (list) => {
      await this.run(fn, `${operation} ${folder}`, camera, folder, list, this.context);
      return this.listEntries(list).map((e) => e.name);
    });
  }

  listFolders(camera: GpCamera, folder: string): Promise<string[]> {
    return this.listing(this.gp.cameraFolderListFolders, 'list folders of', camera, folder);
  }

  listFiles(camera: GpCamera, folder: string): Promise<string[]> {
    return this.listing(this.gp.cameraFolderListFiles, 'list files of', camera, folder);
  }

  async fileInfo(camera: GpCamera, folder: string, name: string): Promise<GpFileInfo> {
    const buf = Buffer.alloc(koffi.sizeof(CAMERA_FILE_INFO));
    await this.run(
      this.gp.cameraFileGetInfo,
      `info of ${folder}/${name}`,
      camera,
      folder,
      name,
      buf,
      this.context,
    );
    return decodeFileInfo(buf);
  }

  getFile(camera: GpCamera, folder: string, name: string, kind: 'normal' | 'preview'): Promise<Uint8Array> {
    const type = kind === 'preview' ? GP_FILE_TYPE_PREVIEW : GP_FILE_TYPE_NORMAL;
    return this.withFile(async (file) => {
      await this.run(
        this.gp.cameraFileGet,
        `download ${folder}/${name}`,
        camera,
        folder,
        name,
        type,
        file,
        this.context,
      );
    });
  }

  async readFile(
    camera: GpCamera,
    folder: string,
    name: string,
    offset: number,
    length: number,
  ): Promise<Uint8Array> {
    const buf = Buffer.alloc(length);
    const size = Buffer.alloc(8);
    size.writeBigUInt64LE(BigInt(length));
    await this.run(
      this.gp.cameraFileRead,
      `read ${folder}/${name}`,
      camera,
      folder,
      name,
      GP_FILE_TYPE_NORMAL,
      BigInt(offset),
      buf,
      size,
      this.context,
    );
    return buf.subarray(0, Number(size.readBigUInt64LE(0)));
  }

  async deleteFile(camera: GpCamera, folder: string, name: string): Promise<void> {
    await this.run(this.gp.cameraFileDelete, `delete ${folder}/${name}`, camera, folder, name, this.context);
  }

  async storage(camera: GpCamera): Promise<GpStorage[]> {
    const out = ptrOut();
    const count = Buffer.alloc(4);
    await this.run(this.gp.cameraGetStorageinfo, 'storage info', camera, out, count, this.context);
    const array = ptrOf(out);
    try {
      return decodeStorage(array, count.readInt32LE(0));
    } finally {
      if (array) this.gp.free(array);
    }
  }

  async waitForEvent(camera: GpCamera, timeoutMs: number): Promise<GpEvent> {
    const type = Buffer.alloc(4);
    const data = ptrOut();
    await this.run(this.gp.cameraWaitForEvent, 'wait for event', camera, timeoutMs, type, data, this.context);
    const kind = EVENT_TYPES[type.readInt32LE(0)] ?? 'unknown';
    const ptr = ptrOf(data);
    try {
      if (kind === 'unknown') return { type: 'unknown', text: cString(ptr) };
      if (kind === 'file-added' || kind === 'folder-added' || kind === 'file-changed') {
        if (!ptr) return { type: 'unknown', text: `${kind} without a path` };
        const path = koffi.decode(ptr, CAMERA_FILE_PATH) as { name: string; folder: string };
        return { type: kind, folder: path.folder, name: path.name };
      }
      return { type: kind };
    } finally {
      if (ptr) this.gp.free(ptr);
    }
  }
}
