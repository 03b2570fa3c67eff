import { describe, expect, it } from 'vitest';
import { LogBuffer } from '../core/logger';
import { FakeDriver } from '../camera/fake/fake-driver';
import { CompositeDriver } from '../camera/composite/composite-driver';
import type { CrsdkModule, DriverLoaders, Gphoto2Module } from './driver-loaders';
import { selectDriver, simCameraCount } from './select-driver';

const log = new LogBuffer(100, null).logger('test');

class SimStandIn extends FakeDriver {
  static lastOptions: Record<string, unknown> = {};
  constructor(options: Record<string, unknown>) {
    super();
    SimStandIn.lastOptions = options;
  }
}

class CrsdkStandIn extends FakeDriver {
  override readonly kind = 'crsdk' as never;
  constructor(_options: { logger?: unknown }) {
    super({ idPrefix: 'crsdk' });
  }
  override version(): string {
    return 'V2.00.00';
  }
}

class Gphoto2StandIn extends FakeDriver {
  override readonly kind = 'gphoto2' as never;
  constructor() {
    super({ idPrefix: 'gp' });
  }
  override version(): string {
    return 'libgphoto2 2.5.30';
  }
}

function loaders(crsdk: () => Promise<CrsdkModule>, gphoto2?: () => Promise<Gphoto2Module>): DriverLoaders {
  return { crsdk, sim: async () => ({ SimDriver: SimStandIn }), ...(gphoto2 ? { gphoto2 } : {}) };
}

const gpPresent = async (): Promise<Gphoto2Module> => ({
  gphoto2Availability: () => ({ available: true, reason: 'libgphoto2 2.5.30', version: '2.5.30' }),
  createGphoto2Driver: () => new Gphoto2StandIn(),
});
const gpMissing = async (): Promise<Gphoto2Module> => ({
  gphoto2Availability: () => ({
    available: false,
    reason: 'libgphoto2 not found: sudo apt install libgphoto2-6',
  }),
  createGphoto2Driver: () => {
    throw new Error('must not be built');
  },
});

const missing = () => Promise.reject(new Error("Cannot find module '../camera/crsdk/index'"));
const unavailable = async (): Promise<CrsdkModule> => ({
  crsdkAvailability: () => ({ available: false, reason: 'libtether_crsdk.so not found' }),
});
const available = async (): Promise<CrsdkModule> => ({
  crsdkAvailability: async () => ({ available: true, reason: 'bridge + Cr_Core loaded' }),
  createCrsdkDriver: (options) => new CrsdkStandIn(options),
});
const standin = async (): Promise<CrsdkModule> => ({
  crsdkAvailability: () => ({ available: false, standin: true, reason: 'built against the stand-in SDK' }),
  createCrsdkDriver: (options) => new CrsdkStandIn(options),
});

describe('selectDriver', () => {
  it('uses the simulator when asked, with the camera count', async () => {
    const { driver, status } = await selectDriver(
      { requested: 'sim', simCameras: 3, log },
      loaders(available),
    );
    expect(driver).toBeInstanceOf(SimStandIn);
    expect(SimStandIn.lastOptions.cameras).toBe(3);
    expect(status()).toMatchObject({ kind: 'sim', requested: 'sim', sdkVersion: 'fake-1.0' });
  });

  it('auto: falls back to the simulator and says why', async () => {
    const a = await selectDriver({ requested: 'auto', log }, loaders(unavailable));
    expect(a.driver).toBeInstanceOf(SimStandIn);
    expect(a.status()).toMatchObject({
      kind: 'sim',
      requested: 'auto',
      reason: expect.stringContaining('libtether_crsdk.so not found'),
    });
    const b = await selectDriver({ requested: 'auto', log }, loaders(missing));
    expect(b.status().reason).toContain('could not be loaded');
  });

  it('auto: picks CRSDK when available, the simulator standing by', async () => {
    const { driver, status } = await selectDriver({ requested: 'auto', log }, loaders(available));
    expect(driver).toBeInstanceOf(CompositeDriver);
    const composite = driver as CompositeDriver;
    expect(composite.drivers.map((d) => d.kind)).toEqual(['crsdk']);
    expect(composite.fallback).toBeInstanceOf(SimStandIn);
    await driver.start();
    try {
      // The stand-in's body is plugged in: the simulator is not offered.
      expect((await driver.listCameras()).map((c) => c.id)).toEqual(['crsdk-1']);
      expect(status()).toMatchObject({
        kind: 'crsdk',
        sdkVersion: 'V2.00.00',
        reason: expect.stringContaining('bridge + Cr_Core loaded'),
      });
    } finally {
      await driver.stop();
    }
  });

  it('uses a stand-in bridge only when crsdk is asked for by name', async () => {
    const auto = await selectDriver({ requested: 'auto', log }, loaders(standin));
    expect(auto.driver).toBeInstanceOf(SimStandIn);
    expect(auto.status().kind).toBe('sim');
    const { status } = await selectDriver({ requested: 'crsdk', log }, loaders(standin));
    expect(status()).toMatchObject({
      kind: 'crsdk',
      requested: 'crsdk',
      reason: expect.stringContaining('stand-in'),
    });
  });

  it('crsdk: fails with DRIVER_UNAVAILABLE and a clear message when missing or unavailable', async () => {
    await expect(selectDriver({ requested: 'crsdk', log }, loaders(missing))).rejects.toMatchObject({
      code: 'DRIVER_UNAVAILABLE',
      message: expect.stringMatching(/CRSDK driver unavailable: .*could not be loaded.*--driver sim/),
    });
    await expect(selectDriver({ requested: 'crsdk', log }, loaders(unavailable))).rejects.toMatchObject({
      code: 'DRIVER_UNAVAILABLE',
      message: expect.stringContaining('libtether_crsdk.so not found'),
    });
  });

  it('reads the simulated camera count from the environment, bounded', () => {
    expect(simCameraCount(2)).toBe(2);
    expect(simCameraCount(0)).toBe(0);
    expect(simCameraCount(-1)).toBe(1);
    expect(simCameraCount(99)).toBe(1);
  });

  it('gphoto2: the libgphoto2 driver, or DRIVER_UNAVAILABLE saying how to install it', async () => {
    const { driver, status } = await selectDriver(
      { requested: 'gphoto2', log },
      loaders(available, gpPresent),
    );
    expect(driver).toBeInstanceOf(Gphoto2StandIn);
    expect(status()).toMatchObject({
      kind: 'gphoto2',
      requested: 'gphoto2',
      sdkVersion: 'libgphoto2 2.5.30',
    });
    await expect(
      selectDriver({ requested: 'gphoto2', log }, loaders(available, gpMissing)),
    ).rejects.toMatchObject({
      code: 'DRIVER_UNAVAILABLE',
      message: expect.stringMatching(/apt install libgphoto2-6.*--driver sim/),
    });
  });

  it('auto: gphoto2 alone, or CRSDK and gphoto2 merged, listing every backend', async () => {
    const alone = await selectDriver({ requested: 'auto', log }, loaders(unavailable, gpPresent));
    expect((alone.driver as CompositeDriver).drivers.map((d) => d.kind)).toEqual(['gphoto2']);
    await alone.driver.start();
    expect(alone.status().kind).toBe('gphoto2');
    expect(alone.status().backends).toEqual([
      expect.objectContaining({ kind: 'crsdk', active: false, reason: 'libtether_crsdk.so not found' }),
      expect.objectContaining({ kind: 'gphoto2', active: true }),
      expect.objectContaining({ kind: 'sim', active: false }),
    ]);
    await alone.driver.stop();
    const both = await selectDriver({ requested: 'auto', log }, loaders(available, gpPresent));
    expect(both.driver).toBeInstanceOf(CompositeDriver);
    expect((both.driver as CompositeDriver).drivers.map((d) => d.kind)).toEqual(['crsdk', 'gphoto2']);
    await both.driver.start();
    expect(both.status()).toMatchObject({ kind: 'multi', requested: 'auto' });
    await both.driver.stop();
  });

  it('auto: the simulator when neither real driver is available, saying why for each', async () => {
    const { driver, status } = await selectDriver(
      { requested: 'auto', log },
      loaders(unavailable, gpMissing),
    );
    expect(driver).toBeInstanceOf(SimStandIn);
    expect(status().kind).toBe('sim');
    expect(status().reason).toMatch(/libtether_crsdk.so not found.*apt install libgphoto2-6/);
    expect(status().backends?.map((b) => [b.kind, b.active])).toEqual([
      ['crsdk', false],
      ['gphoto2', false],
      ['sim', true],
    ]);
  });
});
