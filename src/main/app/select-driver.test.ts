import { describe, expect, it } from 'vitest';
import { LogBuffer } from '../core/logger';
import { FakeDriver } from '../camera/fake/fake-driver';
import { selectDriver, simCameraCount, type CrsdkModule, type DriverLoaders } from './select-driver';

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
    super();
  }
  override version(): string {
    return 'V2.00.00';
  }
}

function loaders(crsdk: () => Promise<CrsdkModule>): DriverLoaders {
  return { crsdk, sim: async () => ({ SimDriver: SimStandIn }) };
}

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
    expect(status).toMatchObject({ kind: 'sim', requested: 'sim', sdkVersion: 'fake-1.0' });
  });

  it('auto: falls back to the simulator and says why', async () => {
    const a = await selectDriver({ requested: 'auto', log }, loaders(unavailable));
    expect(a.status).toMatchObject({
      kind: 'sim',
      requested: 'auto',
      reason: expect.stringContaining('libtether_crsdk.so not found'),
    });
    const b = await selectDriver({ requested: 'auto', log }, loaders(missing));
    expect(b.status.reason).toContain('could not be loaded');
  });

  it('auto: picks CRSDK when available', async () => {
    const { driver, status } = await selectDriver({ requested: 'auto', log }, loaders(available));
    expect(driver).toBeInstanceOf(CrsdkStandIn);
    expect(status).toMatchObject({
      kind: 'crsdk',
      sdkVersion: 'V2.00.00',
      reason: expect.stringContaining('bridge + Cr_Core loaded'),
    });
  });

  it('uses a stand-in bridge only when crsdk is asked for by name', async () => {
    expect((await selectDriver({ requested: 'auto', log }, loaders(standin))).status.kind).toBe('sim');
    const { status } = await selectDriver({ requested: 'crsdk', log }, loaders(standin));
    expect(status).toMatchObject({
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
});
