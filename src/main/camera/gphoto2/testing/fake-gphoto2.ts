import type { GpCamera, GpDetected, GpEvent, GpFileInfo, Gphoto2Api, GpStorage, GpWidget } from '../gp-api';
import { GP, gpError } from '../gp-errors';
import { flattenWidgets } from '../widget-mapping';
import { canonEosConfig } from './fake-canon-config';
import { DCIM, type FakeFile, RAM, STORE, fixtureJpeg, seedCard } from './fake-card-files';

/**
 * The libgphoto2 boundary in memory: one Canon EOS body with the widget names, choice strings and result codes
 * libgphoto2 2.5.30 gives for it (see fake-canon-config), live view frames, a card, events, partial reads, and
 * faults (unplug, replug, busy, unplug after N bytes). Like libgphoto2, a second call reaching the camera while
 * one runs is refused with GP_ERROR_CAMERA_BUSY (-110): `busyRefusals` counts those, so tests prove the driver
 * serialises its calls.
 */
export class FakeGphoto2 implements Gphoto2Api {
  present = true;
  /** Calls refused because another call was running on the camera. */
  busyRefusals = 0;
  readonly model = 'Canon EOS 5D Mark IV';
  /** USB ids autodetect reports (none by default: the fake claims no real product id). */
  usb: GpDetected['usb'] = undefined;
  private port = 'usb:001,005';
  private generation = 0;
  private openHandle: { gen: number } | null = null;
  private inFlight = false;
  private busyNext = 0;
  private unplugAfter: number | null = null;
  private delivered = 0;
  private readonly tree = canonEosConfig('0123456789');
  private readonly widgets = flattenWidgets(this.tree);
  readonly files = new Map<string, FakeFile>();
  private readonly events: GpEvent[] = [];
  private shotNo = 1;
  private frameNo = 0;

  private constructor(
    private readonly shot: Uint8Array,
    private readonly thumb: Uint8Array,
    private readonly frames: Uint8Array[],
  ) {}

  /** A body with `cardFiles` JPEGs on its card (distinct sizes, one minute apart), the last one RAW+JPEG. */
  static async create(cardFiles = 3): Promise<FakeGphoto2> {
    const shot = await fixtureJpeg(1200, 800, 'EOS shot', '#35506b');
    const frames = await Promise.all([0, 1, 2, 3].map((i) => fixtureJpeg(640, 424, `live ${i}`, '#4b3b6b')));
    const fake = new FakeGphoto2(shot, await fixtureJpeg(160, 120, 'thumb', '#35506b'), frames);
    fake.shotNo = await seedCard(fake.files, cardFiles);
    return fake;
  }

  /** A widget of the body (tests read and poke it). */
  widgetNamed(name: string): GpWidget | undefined {
    return this.widgets.get(name);
  }

  /** Pulls the cable: calls on the open camera fail with GP_ERROR_IO_USB_FIND, autodetect misses it. */
  unplug(): void {
    this.present = false;
  }

  /** Plugs it back in, on a new port (as USB renumbers it). */
  replug(): void {
    this.present = true;
    this.port = `usb:001,${String(Number(this.port.slice(-3)) + 1).padStart(3, '0')}`;
  }

  /** The next `n` file operations (info, download, read) answer GP_ERROR_CAMERA_BUSY. */
  busy(n = 1): void {
    this.busyNext = n;
  }

  /** Unplugs once file reads have delivered `bytes` more bytes. */
  unplugAfterBytes(bytes: number): void {
    this.unplugAfter = bytes;
    this.delivered = 0;
  }

  /** Queues a camera event (e.g. a file the body wrote when its own shutter button was pressed). */
  emit(event: GpEvent): void {
    this.events.push(event);
  }

  /** Writes a file onto the card as the body does when shooting on its own; announces it. */
  shootOnBody(): string {
    const name = `IMG_${String(this.shotNo++).padStart(4, '0')}.JPG`;
    this.files.set(`${DCIM}/${name}`, { data: this.shot, mtime: Math.floor(Date.now() / 1000) });
    this.emit({ type: 'file-added', folder: DCIM, name });
    return name;
  }

  version(): string {
    return '2.5.30-fake';
  }

  async autodetect(): Promise<GpDetected[]> {
    return this.present
      ? [{ model: this.model, port: this.port, ...(this.usb ? { usb: this.usb } : {}) }]
      : [];
  }

  async open(port: string): Promise<GpCamera> {
    if (!this.present || port !== this.port)
      throw gpError(GP.IO_USB_FIND, `open camera at ${port}`, 'Could not find USB device');
    if (this.openHandle)
      throw gpError(GP.IO_USB_CLAIM, `open camera at ${port}`, 'Could not claim the USB device');
    this.openHandle = { gen: ++this.generation };
    return this.openHandle;
  }

  async close(camera: GpCamera): Promise<void> {
    if (this.openHandle === camera) this.openHandle = null;
  }

  /** Runs one call "on the camera": checks the handle, the cable, busy faults and overlapping calls. */
  private async on<T>(camera: GpCamera, op: string, fn: () => T | Promise<T>, busyable = false): Promise<T> {
    if (camera !== this.openHandle) throw gpError(GP.BAD_PARAMETERS, op, 'Bad parameters');
    if (!this.present) throw gpError(GP.IO_USB_FIND, op, 'Could not find USB device');
    if (this.inFlight) {
      this.busyRefusals++;
      throw gpError(GP.CAMERA_BUSY, op, 'I/O in progress');
    }
    if (busyable && this.busyNext > 0) {
      this.busyNext--;
      throw gpError(GP.CAMERA_BUSY, op, 'I/O in progress');
    }
    this.inFlight = true;
    try {
      await new Promise((r) => setImmediate(r));
      return await fn();
    } finally {
      this.inFlight = false;
    }
  }

  summary(camera: GpCamera): Promise<string> {
    return this.on(
      camera,
      'summary',
      () => `Manufacturer: Canon Inc.\nModel: ${this.model}\nSerial Number: 0123456789\n`,
    );
  }

  config(camera: GpCamera): Promise<GpWidget> {
    return this.on(camera, 'read configuration', () => structuredClone(this.tree));
  }

  widget(camera: GpCamera, name: string): Promise<GpWidget> {
    return this.on(camera, `read ${name}`, () => {
      const w = this.widgets.get(name);
      if (!w) throw gpError(GP.BAD_PARAMETERS, `read ${name}`, 'Bad parameters');
      return structuredClone(w);
    });
  }

  setWidget(camera: GpCamera, name: string, value: string | number): Promise<void> {
    return this.on(camera, `write ${name}`, () => {
      const w = this.widgets.get(name);
      if (!w || w.readonly) throw gpError(GP.BAD_PARAMETERS, `write ${name}`, 'Bad parameters');
      if (w.choices && !w.choices.includes(String(value)))
        throw gpError(GP.BAD_PARAMETERS, `write ${name}`, 'Bad parameters');
      if (name === 'autofocusdrive' && this.widgets.get('focusmode')?.value === 'Manual')
        throw gpError(GP.CAMERA_ERROR, `write ${name}`, 'Camera error'); // no AF in MF
      w.value = w.type === 'toggle' ? Number(value) : value;
      this.emit({ type: 'unknown', text: `PTP Property d1xx changed, "${name}" to "${String(value)}"` });
    });
  }

  capture(camera: GpCamera): Promise<{ folder: string; name: string }> {
    return this.on(camera, 'capture', () => {
      const name = `IMG_${String(this.shotNo++).padStart(4, '0')}.JPG`;
      const toRam = this.widgets.get('capturetarget')?.value === 'Internal RAM';
      const folder = toRam ? RAM : DCIM;
      this.files.set(`${folder === RAM ? '' : folder}/${name}`, {
        data: this.shot,
        mtime: Math.floor(Date.now() / 1000),
      });
      this.emit({ type: 'capture-complete' });
      return { folder, name };
    });
  }

  preview(camera: GpCamera): Promise<Uint8Array> {
    return this.on(camera, 'live view frame', () => this.frames[this.frameNo++ % this.frames.length]);
  }

  private file(op: string, folder: string, name: string): FakeFile {
    const f = this.files.get(`${folder === '/' ? '' : folder}/${name}`);
    if (!f) throw gpError(GP.FILE_NOT_FOUND, op, 'File not found');
    return f;
  }

  listFolders(camera: GpCamera, folder: string): Promise<string[]> {
    const tree: Record<string, string[]> = {
      '/': [STORE.slice(1)],
      [STORE]: ['DCIM'],
      [`${STORE}/DCIM`]: ['100CANON'],
    };
    return this.on(camera, `list folders of ${folder}`, () => tree[folder] ?? []);
  }

  listFiles(camera: GpCamera, folder: string): Promise<string[]> {
    return this.on(camera, `list files of ${folder}`, () =>
      [...this.files.keys()]
        .filter((p) => p.slice(0, p.lastIndexOf('/')) === folder)
        .map((p) => p.slice(p.lastIndexOf('/') + 1)),
    );
  }

  fileInfo(camera: GpCamera, folder: string, name: string): Promise<GpFileInfo> {
    return this.on(
      camera,
      `info of ${name}`,
      () => {
        const f = this.file(`info of ${name}`, folder, name);
        return {
          size: f.data.length,
          mtime: f.mtime,
          mime: name.endsWith('.JPG') ? 'image/jpeg' : 'image/x-canon-cr2',
        };
      },
      true,
    );
  }

  private deliver(data: Uint8Array): Uint8Array {
    if (this.unplugAfter === null) return data;
    const room = this.unplugAfter - this.delivered;
    if (room <= 0) {
      this.unplugAfter = null;
      this.unplug();
      throw gpError(GP.IO_USB_FIND, 'read', 'Could not find USB device');
    }
    this.delivered += Math.min(room, data.length);
    return data.subarray(0, Math.min(room, data.length));
  }

  getFile(camera: GpCamera, folder: string, name: string, kind: 'normal' | 'preview'): Promise<Uint8Array> {
    return this.on(
      camera,
      `download ${name}`,
      () =>
        kind === 'preview' ? this.thumb : this.deliver(this.file(`download ${name}`, folder, name).data),
      true,
    );
  }

  readFile(
    camera: GpCamera,
    folder: string,
    name: string,
    offset: number,
    length: number,
  ): Promise<Uint8Array> {
    return this.on(
      camera,
      `read ${name}`,
      () => this.deliver(this.file(`read ${name}`, folder, name).data.subarray(offset, offset + length)),
      true,
    );
  }

  deleteFile(camera: GpCamera, folder: string, name: string): Promise<void> {
    return this.on(camera, `delete ${name}`, () => {
      this.file(`delete ${name}`, folder, name);
      this.files.delete(`${folder === '/' ? '' : folder}/${name}`);
    });
  }

  storage(camera: GpCamera): Promise<GpStorage[]> {
    return this.on(camera, 'storage info', () => [
      {
        basedir: STORE,
        label: 'SD',
        description: 'SD card',
        access: 0,
        capacityKb: 64e6,
        freeKb: 32e6,
        freeImages: 4000,
      },
    ]);
  }

  async waitForEvent(camera: GpCamera, timeoutMs: number): Promise<GpEvent> {
    return this.on(camera, 'wait for event', async () => {
      const ev = this.events.shift();
      if (ev) return ev;
      // libgphoto2 2.5.30 blocks for twice the timeout when nothing happens.
      await new Promise((r) => setTimeout(r, 2 * timeoutMs));
      return this.events.shift() ?? { type: 'timeout' };
    });
  }
}
