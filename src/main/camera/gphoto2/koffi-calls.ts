import koffi from 'koffi';
import type { GpFileInfo, GpStorage } from './gp-api';
import { GP, gpError } from './gp-errors';
import {
  CAMERA_FILE_INFO,
  CAMERA_STORAGE_INFO,
  callAsync,
  cString,
  type GpBindings,
  type GpFn,
} from './koffi-bindings';

/** An 8-byte out-parameter for a pointer. */
export const ptrOut = (): Buffer => Buffer.alloc(8);
/** The pointer an out-parameter received. */
export const ptrOf = (b: Buffer): bigint => b.readBigUInt64LE(0);

/**
 * What every libgphoto2 call shares: the one GPContext, result checks turned into `TetherError`s, calls on a
 * worker thread (`.async`), and CameraList / CameraFile lifetimes.
 */
export class KoffiCalls {
  protected readonly context: bigint;

  constructor(protected readonly gp: GpBindings) {
    this.context = gp.contextNew() as bigint;
  }

  protected text(result: number): string {
    // Declared as returning `const char *`: koffi hands back the JS string (static storage in libgphoto2).
    return (this.gp.resultAsString(result) as string | null) || `error ${result}`;
  }

  protected check(result: number, operation: string): number {
    if (result < GP.OK) throw gpError(result, operation, this.text(result));
    return result;
  }

  protected async run(fn: GpFn, operation: string, ...args: unknown[]): Promise<number> {
    return this.check(await callAsync(fn, ...args), operation);
  }

  protected withList<T>(use: (list: bigint) => Promise<T>): Promise<T> {
    const out = ptrOut();
    this.check(this.gp.listNew(out) as number, 'gp_list_new');
    const list = ptrOf(out);
    return use(list).finally(() => this.gp.listFree(list));
  }

  protected listEntries(list: bigint): { name: string; value: string }[] {
    const count = this.check(this.gp.listCount(list) as number, 'gp_list_count');
    const entries: { name: string; value: string }[] = [];
    for (let i = 0; i < count; i++) {
      const name = ptrOut();
      const value = ptrOut();
      this.gp.listGetName(list, i, name);
      this.gp.listGetValue(list, i, value);
      entries.push({ name: cString(ptrOf(name)), value: cString(ptrOf(value)) });
    }
    return entries;
  }

  protected async withFile(use: (file: bigint) => Promise<void>): Promise<Uint8Array> {
    const out = ptrOut();
    this.check(this.gp.fileNew(out) as number, 'gp_file_new');
    const file = ptrOf(out);
    try {
      await use(file);
      const data = ptrOut();
      const size = ptrOut();
      this.check(this.gp.fileGetDataAndSize(file, data, size) as number, 'file data');
      const n = Number(size.readBigUInt64LE(0));
      // decode copies the bytes into a JS-owned Uint8Array (koffi.view is not allowed in Electron).
      return n > 0 ? (koffi.decode(ptrOf(data), 'uint8_t', n) as Uint8Array) : new Uint8Array(0);
    } finally {
      this.gp.fileUnref(file);
    }
  }
}

/** A decoded CameraFileInfo: only the fields its `fields` mask says are set. */
export function decodeFileInfo(buf: Buffer): GpFileInfo {
  const { file } = koffi.decode(buf, CAMERA_FILE_INFO) as {
    file: {
      fields: number;
      size: number | bigint;
      type: string;
      width: number;
      height: number;
      mtime: number | bigint;
    };
  };
  const has = (bit: number) => (file.fields & bit) !== 0;
  return {
    size: Number(file.size),
    ...(has(1 << 7) ? { mtime: Number(file.mtime) } : {}),
    ...(has(1 << 0) && file.type ? { mime: file.type } : {}),
    ...(has(1 << 3) && file.width ? { width: file.width } : {}),
    ...(has(1 << 4) && file.height ? { height: file.height } : {}),
  };
}

/** `count` decoded CameraStorageInformation entries from the array libgphoto2 allocated. */
export function decodeStorage(array: bigint, count: number): GpStorage[] {
  const size = koffi.sizeof(CAMERA_STORAGE_INFO);
  const result: GpStorage[] = [];
  for (let i = 0; i < count; i++) {
    const s = koffi.decode(array, i * size, CAMERA_STORAGE_INFO) as Record<string, number | bigint | string>;
    const fields = s.fields as number;
    const num = (bit: number, v: unknown) => ((fields & bit) !== 0 ? Number(v) : undefined);
    result.push({
      basedir: s.basedir as string,
      label: s.label as string,
      description: s.description as string,
      access: num(1 << 3, s.access),
      capacityKb: num(1 << 6, s.capacitykbytes),
      freeKb: num(1 << 7, s.freekbytes),
      freeImages: num(1 << 8, s.freeimages),
    });
  }
  return result;
}
