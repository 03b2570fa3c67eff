import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ConnectionMode, RawProperty, RawValue } from '../../../shared/camera-types';
import { propertyByName } from '../../../shared/properties';
import type { DriverEventMap } from '../driver';
import { SimDriver, type SimDriverOptions } from './sim-driver';

/** A started SimDriver with one body connected, a temp save folder, and shorthands (tests only). */
export interface SimKit {
  driver: SimDriver;
  id: string;
  dir: string;
  /** CRSDK code of a property. */
  code(name: string): number;
  /** Raw value of an enum key. */
  raw(name: string, key: string): number;
  /** The property as the driver reports it. */
  prop(name: string): Promise<RawProperty>;
  /** Writes `name` (enum key or raw value) and waits for its propertyChanged; resolves with the codes. */
  set(name: string, value: string | RawValue): Promise<number[]>;
  /** Next event matching the camera (and predicate). */
  next<K extends keyof DriverEventMap>(
    event: K,
    pred?: (e: DriverEventMap[K]) => boolean,
  ): Promise<DriverEventMap[K]>;
  cleanup(): Promise<void>;
}

/** Builds a kit: driver started, body 1 connected in `mode`, priority key at the PC unless `pcRemote` is false. */
export async function simKit(
  opts: SimDriverOptions & { mode?: ConnectionMode; pcRemote?: boolean } = {},
): Promise<SimKit> {
  const dir = await mkdtemp(join(tmpdir(), 'sim-test-'));
  const driver = new SimDriver({ cameras: 1, connectDelayMs: 5, saveRoot: dir, ...opts });
  await driver.start();
  const [cam] = await driver.listCameras();
  const id = cam.id;
  const code = (name: string) => {
    const d = propertyByName(name);
    if (!d) throw new Error(`no property ${name}`);
    return d.code;
  };
  const raw = (name: string, key: string) => {
    const v = propertyByName(name)?.enum?.find((e) => e.key === key)?.value;
    if (v === undefined) throw new Error(`no ${name}=${key}`);
    return v;
  };
  const kit: SimKit = {
    driver,
    id,
    dir,
    code,
    raw,
    prop: async (name) => (await driver.getSelectedProperties(id, [code(name)]))[0],
    set: async (name, value) => {
      const v =
        typeof value === 'string' && propertyByName(name)?.encoding === 'enum' ? raw(name, value) : value;
      const changed = driver.events.waitFor(
        'propertyChanged',
        (e) => e.cameraId === id && e.codes.includes(code(name)),
      );
      await driver.setProperty(id, code(name), v);
      return (await changed).codes;
    },
    next: (event, pred = () => true) =>
      driver.events.waitFor(event, (e) => (e as { cameraId?: string }).cameraId === id && pred(e), 15_000),
    cleanup: async () => {
      await driver.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  const mode = opts.mode ?? 'remote';
  const connected = kit.next('connected');
  await driver.connect(id, mode);
  await connected;
  await driver.setSaveInfo(id, { path: dir, prefix: 'DSC', startNo: 1 });
  if (opts.pcRemote !== false && mode !== 'contents') await kit.set('priority-key', 'pc-remote');
  return kit;
}

/** Mean luminance (0..255) of a JPEG. */
export async function meanLuminance(jpeg: Uint8Array): Promise<number> {
  const stats = await sharp(jpeg).greyscale().stats();
  return stats.channels[0].mean;
}

/** Mean absolute Laplacian of a JPEG's luminance: high for sharp images, low for blurred ones. */
export async function sharpness(jpeg: Uint8Array): Promise<number> {
  const { data, info } = await sharp(jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
  const w = info.width;
  let sum = 0;
  let n = 0;
  for (let y = 1; y < info.height - 1; y += 2) {
    for (let x = 1; x < w - 1; x += 2) {
      const i = y * w + x;
      sum += Math.abs(4 * data[i] - data[i - 1] - data[i + 1] - data[i - w] - data[i + w]);
      n++;
    }
  }
  return sum / n;
}

/** A region of the set as fractions of the frame, so it fits live view and stills alike. */
export interface SceneRegion {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where the set's pieces are, one region per depth plane (near to far) inside a single piece each. */
export const SCENE_REGIONS = {
  vase: { x0: 0.113, y0: 0.7, x1: 0.187, y1: 0.9 },
  text: { x0: 0.307, y0: 0.53, x1: 0.667, y1: 0.7 },
  star: { x0: 0.7, y0: 0.3, x1: 0.807, y1: 0.46 },
  wall: { x0: 0.013, y0: 0.04, x1: 0.22, y1: 0.56 },
} as const satisfies Record<string, SceneRegion>;

/** {@link sharpness} of one region of a JPEG. */
export async function regionSharpness(jpeg: Uint8Array, r: SceneRegion): Promise<number> {
  const meta = await sharp(jpeg).metadata();
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  const region = {
    left: Math.round(r.x0 * w),
    top: Math.round(r.y0 * h),
    width: Math.round((r.x1 - r.x0) * w),
    height: Math.round((r.y1 - r.y0) * h),
  };
  return sharpness(await sharp(jpeg).extract(region).toBuffer());
}
