import type { Readable } from 'node:stream';
import { expect } from 'vitest';
import type { CameraInfo, ConnectionMode, RawProperty, RawValue } from '../../../shared/camera-types';
import { isTetherError, type ErrorCode } from '../../../shared/errors';
import { propertyByName } from '../../../shared/properties';
import { type CameraDriver, DRIVER_EVENT_NAMES, type DriverEventMap } from '../driver';

/**
 * Optional hooks a driver's test harness provides so the contract can exercise hot-plug and faults
 * (the simulator maps them onto its fault API; the CRSDK stand-in onto its fake device).
 */
export interface DriverFaultHooks {
  /** Pulls the camera's cable now. */
  unplug(cameraId: string): void | Promise<void>;
  /** Plugs it back in. */
  replug(cameraId: string): void | Promise<void>;
  /** The next command or content open fails with CAMERA_BUSY. */
  busyOnce?(cameraId: string): void | Promise<void>;
  /** Unplugs once the current (or next) card read has delivered `bytes` bytes. */
  unplugAfterBytes?(cameraId: string, bytes: number): void | Promise<void>;
}

/** What a driver's harness hands the contract. */
export interface DriverUnderTest {
  driver: CameraDriver;
  /** Releases whatever the harness created (temp folders, child processes). */
  cleanup(): Promise<void>;
  faults?: DriverFaultHooks;
}

/**
 * What the body under test offers, so the contract judges it on that. The defaults describe a Sony body
 * (every driver so far); a libgphoto2 body may have no priority key, no live view, or lack some properties.
 */
export interface DriverCapabilities {
  /** Writes and commands are gated on a priority key (CRSDK). Default true. */
  priorityKey?: boolean;
  /** The body streams live view. Default true; false: enabling it must fail with NOT_SUPPORTED. */
  liveView?: boolean;
  /** Catalog properties the body does not have: the contract checks they are not reported either. */
  lacks?: readonly string[];
  /** SDK code carried by CAMERA_BUSY for a second concurrent transfer (default CRSDK's 0x8D03; null: none). */
  transferBusySdkCode?: number | null;
}

/** What every contract test gets: a started driver, its event log, the first camera and its capabilities. */
export interface ContractContext {
  driver: CameraDriver;
  faults?: DriverFaultHooks;
  log: EventLog;
  camera: CameraInfo;
  caps: Required<DriverCapabilities>;
}

/** Sets the priority key to pc-remote on bodies that have one. */
export function takeControl(ctx: ContractContext, id: string): Promise<void> {
  return ctx.caps.priorityKey ? setPriority(ctx.driver, id, 'pc-remote') : Promise.resolve();
}

/** Every event of the driver, in order, from the moment it is attached. */
export class EventLog {
  readonly entries: { event: keyof DriverEventMap; payload: unknown }[] = [];
  private readonly offs: (() => void)[] = [];

  constructor(driver: CameraDriver) {
    // Every event but live-view frames (a log of those would only grow).
    const names = DRIVER_EVENT_NAMES.filter((n) => n !== 'frame');
    for (const name of names)
      this.offs.push(driver.events.on(name, (payload) => this.entries.push({ event: name, payload })));
  }

  /** Payloads of one event. */
  of<K extends keyof DriverEventMap>(event: K): DriverEventMap[K][] {
    return this.entries.filter((e) => e.event === event).map((e) => e.payload as DriverEventMap[K]);
  }

  /** Detaches. */
  close(): void {
    for (const off of this.offs) off();
  }
}

/** Expects a promise to reject with a TetherError carrying `code`; returns the error. */
export async function expectCode(p: Promise<unknown> | (() => unknown), code: ErrorCode): Promise<Error> {
  let err: unknown;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    err = e;
  }
  expect(err, `expected ${code}`).toBeDefined();
  expect(isTetherError(err) ? err.code : String(err)).toBe(code);
  return err as Error;
}

/** The first camera present. */
export async function firstCamera(driver: CameraDriver): Promise<CameraInfo> {
  const cams = await driver.listCameras();
  expect(cams.length, 'the harness must present at least one camera').toBeGreaterThan(0);
  return cams[0];
}

/** Connects and waits for the driver's `connected` event. */
export async function connect(driver: CameraDriver, id: string, mode: ConnectionMode): Promise<void> {
  const connected = driver.events.waitFor('connected', (e) => e.cameraId === id);
  await driver.connect(id, mode);
  await connected;
}

/** CRSDK code of a catalog property. */
export function code(name: string): number {
  const def = propertyByName(name);
  if (!def) throw new Error(`catalog has no ${name}`);
  return def.code;
}

/** Raw value of an enum key. */
export function enumRaw(name: string, key: string): number {
  const v = propertyByName(name)?.enum?.find((e) => e.key === key)?.value;
  if (v === undefined) throw new Error(`catalog has no ${name}=${key}`);
  return v;
}

/** One property as the driver reports it now. */
export async function getProp(driver: CameraDriver, id: string, name: string): Promise<RawProperty> {
  const [p] = await driver.getSelectedProperties(id, [code(name)]);
  expect(p, `${name} is reported`).toBeDefined();
  return p;
}

/** Sets the priority key and waits until the driver reports it. */
export async function setPriority(
  driver: CameraDriver,
  id: string,
  key: 'pc-remote' | 'camera-position',
): Promise<void> {
  const pk = await getProp(driver, id, 'priority-key');
  const value = enumRaw('priority-key', key);
  if (pk.value === value) return;
  const changed = driver.events.waitFor(
    'propertyChanged',
    (e) => e.cameraId === id && e.codes.includes(code('priority-key')),
  );
  await driver.setProperty(id, code('priority-key'), value);
  await changed;
}

/** A writable property with at least two available values, preferring common settings. */
export async function pickWritable(
  driver: CameraDriver,
  id: string,
): Promise<{ prop: RawProperty; other: RawValue }> {
  const all = await driver.getProperties(id);
  const prefer = [
    'white-balance',
    'drive-mode',
    'metering-mode',
    'iso',
    'exposure-compensation',
    'focus-mode',
  ].map(code);
  const candidates = all.filter(
    (p) => p.writable && p.available.length >= 2 && p.code !== code('priority-key'),
  );
  candidates.sort((a, b) => rank(prefer, a.code) - rank(prefer, b.code));
  const prop = candidates[0];
  expect(prop, 'some property is writable with pc-remote').toBeDefined();
  const other = prop.available.find((v) => v !== prop.value) as RawValue;
  return { prop, other };
}

function rank(prefer: number[], c: number): number {
  const i = prefer.indexOf(c);
  return i < 0 ? prefer.length : i;
}

/** Reads a stream to its end; resolves with the byte count (and the bytes when `keep`). */
export function readAll(stream: Readable, keep = false): Promise<{ bytes: number; data: Buffer | null }> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => {
      bytes += c.length;
      if (keep) chunks.push(Buffer.from(c));
    });
    stream.once('error', reject);
    stream.once('end', () => resolve({ bytes, data: keep ? Buffer.concat(chunks) : null }));
  });
}

/** The error a stream fails with (rejects if it ends cleanly instead). */
export function streamError(stream: Readable): Promise<Error> {
  return new Promise((resolve, reject) => {
    stream.on('data', () => undefined);
    stream.once('error', resolve);
    stream.once('end', () => reject(new Error('stream ended without the expected error')));
  });
}

/** True for a complete JPEG: SOI at the start, EOI at the end. */
export function isCompleteJpeg(b: Uint8Array): boolean {
  return (
    b.length > 4 && b[0] === 0xff && b[1] === 0xd8 && b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9
  );
}
