import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawProperty } from '../../../shared/camera-types';
import { propertyByCode, propertyByName } from '../../../shared/properties';
import {
  NATIVE_BUILD_TIMEOUT_MS,
  ensureNativeLibrary,
  makeStandInDriver,
} from '../crsdk/testing/native-harness';
import type { CameraDriver } from '../driver';
import { SimDriver } from '../sim/sim-driver';

// Both drivers, same camera: the CRSDK driver over the stand-in SDK offers the simulator's property set,
// factory values, writability rules and value lists, so a client sees the same ILCE-7M4 whichever driver
// runs. Metered values (aperture/shutter in the auto programs, the ISO in use) are the simulator's alone:
// the stand-in does not meter.

interface Side {
  driver: CameraDriver;
  id: string;
}
let sim: Side;
let crsdk: Side;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ts-parity-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const simDriver = new SimDriver({ cameras: 1, connectDelayMs: 1, saveRoot: join(dir, 'sim') });
  const native = await ensureNativeLibrary();
  const made = await makeStandInDriver(native.location, native.standIn);
  cleanups.push(made.cleanup);
  for (const driver of [simDriver, made.driver]) {
    await driver.start();
    cleanups.push(() => driver.stop());
  }
  sim = { driver: simDriver, id: (await simDriver.listCameras())[0].id };
  crsdk = { driver: made.driver, id: (await made.driver.listCameras())[0].id };
  for (const side of [sim, crsdk]) await side.driver.connect(side.id, 'remote');
}, NATIVE_BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const METERED = new Set(['aperture', 'shutter-speed', 'iso-current']);

/** What a client sees of each catalog property: name → value (settings only), writable, values offered. */
async function view(side: Side, withValues: (name: string) => boolean) {
  const props: RawProperty[] = await side.driver.getProperties(side.id);
  const out: Record<string, unknown> = {};
  for (const p of props) {
    const def = propertyByCode(p.code);
    if (!def) continue;
    out[def.name] = {
      ...(withValues(def.name) && !def.readOnly ? { value: p.value } : {}),
      writable: p.writable,
      available: p.available,
    };
  }
  return out;
}

async function setBoth(name: string, key: string): Promise<void> {
  const def = propertyByName(name)!;
  const value = def.enum?.find((e) => e.key === key)?.value ?? Number(key);
  for (const side of [sim, crsdk]) await side.driver.setProperty(side.id, def.code, value);
}

async function expectSameCamera(withValues: (name: string) => boolean = () => true): Promise<void> {
  const [a, b] = await Promise.all([view(sim, withValues), view(crsdk, withValues)]);
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  expect(b).toEqual(a);
}

describe('the simulator and the stand-in SDK body', () => {
  it('report the same property set with the same factory values (priority key at the camera)', async () => {
    const [a] = await Promise.all([view(sim, () => true)]);
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(60);
    expect(a).toHaveProperty('raw-compression');
    expect(a).toHaveProperty('focus-driving-status');
    expect(a).toHaveProperty('focus-distance');
    await expectSameCamera();
  });

  it('agree on writability and value lists once the PC has the priority key', async () => {
    await setBoth('priority-key', 'pc-remote');
    await expectSameCamera();
  });

  it('agree in each exposure program (values the simulator meters aside)', async () => {
    for (const program of ['program-auto', 'aperture-priority', 'shutter-priority', 'auto', 'manual']) {
      await setBoth('exposure-program-mode', program);
      await expectSameCamera((name) => !METERED.has(name));
    }
    // Back in M: the simulator keeps what it metered in the auto programs; set the exposure again.
    await setBoth('iso', '800');
    await setBoth('aperture', '560');
    await setBoth('shutter-speed', String(0x1007d)); // 1/125
    await expectSameCamera();
  });

  it('agree on BULB, ISO and exposure compensation in M (including a negative EV)', async () => {
    await setBoth('iso', String(0xffffff)); // ISO AUTO: exposure compensation becomes writable in M
    await setBoth('exposure-compensation', String(-1000));
    await expectSameCamera((name) => name !== 'iso-current');
    expect((await crsdk.driver.getSelectedProperties(crsdk.id, [0x0101]))[0].value).toBe(-1000);
    await setBoth('iso', '400');
    await setBoth('shutter-speed', '0'); // BULB: ISO AUTO leaves the list
    await expectSameCamera();
  });

  it('agree on focus: tracking areas only in AF-C, no area in MF', async () => {
    await setBoth('focus-mode', 'af-c');
    await setBoth('focus-area', 'tracking-zone');
    await expectSameCamera();
    await setBoth('focus-mode', 'af-s'); // the tracking area falls back to its plain one
    await expectSameCamera();
    await setBoth('focus-mode', 'mf');
    await expectSameCamera();
  });

  it('agree on file format rules and white balance', async () => {
    await setBoth('file-format', 'raw');
    await expectSameCamera();
    await setBoth('file-format', 'raw-jpeg');
    await setBoth('white-balance', 'color-temp');
    await expectSameCamera();
  });
});
