import { beforeAll, describe, expect, it } from 'vitest';
import { EVT } from './abi';
import { loadNativeApi } from './availability';
import { EventPump } from './event-pump';
import type { LibraryLocation } from './library-path';
import type { NativeApi } from './native-api';
import type { StandInControl } from './standin-control';
import { NATIVE_BUILD_TIMEOUT_MS, ensureNativeLibrary, makeStandInDriver } from './testing/native-harness';

// Teardown races: contexts and drivers released while SDK threads are still firing callbacks (a flood from
// several native threads, the 30 fps live-view poller, the camera's own timers). No crash, and every object
// the bridge and the stand-in hand out is gone afterwards (live-object counters back to zero).

let location: LibraryLocation;
let standIn: StandInControl;
let api: NativeApi;

beforeAll(async () => {
  ({ location, standIn } = await ensureNativeLibrary());
  api = loadNativeApi(location);
}, NATIVE_BUILD_TIMEOUT_MS);

function liveBridgeObjects(): number {
  const s = api.stats(0);
  return s.liveContexts + s.liveDevices + s.liveEnumLists + s.liveThreads;
}

describe('teardown while callbacks are in flight', () => {
  it('releases a context mid-flood with live view streaming, 20 times over, without leaks', async () => {
    const baseline = { bridge: liveBridgeObjects(), standIn: standIn.liveObjects() };
    expect(baseline).toEqual({ bridge: 0, standIn: 0 });
    for (let round = 0; round < 20; round++) {
      const ctx = await api.init(512);
      const [cam] = await api.enumerate(ctx);
      const device = await api.connect(ctx, cam.id, 0, true, 5000);
      await api.liveViewStream(device, true, 4);
      let firstFlood!: () => void;
      const floodArrived = new Promise<void>((r) => (firstFlood = r));
      const pump = new EventPump(api.raw, ctx, {
        waitMs: 20,
        onEvent: (ev) => {
          if (ev.type === EVT.PROPERTY_CHANGED && ev.codes[0] >>> 24 === 0x7f) firstFlood();
        },
      });
      pump.start();
      const flood = standIn.flood(4, 2_000_000_000); // runs until the teardown stops it
      await floodArrived; // callbacks are demonstrably in flight
      await api.release(ctx); // disconnect + ReleaseDevice + queue close while the flood runs
      const fired = await flood;
      await pump.done;
      expect(fired).toBeGreaterThan(0);
      expect(fired, 'the teardown cut the flood short').toBeLessThan(4 * 2_000_000_000);
    }
    expect(liveBridgeObjects()).toBe(0);
    await expect.poll(() => standIn.liveObjects(), { timeout: 2000 }).toBe(0);
  });

  it('stops drivers mid-stream and mid-pull repeatedly, leaving no native objects behind', async () => {
    for (let round = 0; round < 8; round++) {
      const { driver, cleanup } = await makeStandInDriver(location, standIn, { hotplugIntervalMs: 0 });
      await driver.start();
      const [cam] = await driver.listCameras();
      await driver.connect(cam.id, round % 2 ? 'remote-transfer' : 'remote');
      if (round % 2) {
        const [file] = await driver.listContents(cam.id, 1);
        const { stream } = await driver.openContent(cam.id, file);
        const failed = new Promise<Error>((resolve) => stream.once('error', resolve));
        stream.resume();
        await driver.stop();
        expect((await failed).message).toMatch(/stopped|lost|failed|cancel/i);
      } else {
        await driver.startLiveView(cam.id);
        await driver.events.waitFor('frame', () => true, 3000);
        const flood = standIn.flood(2, 5000);
        await driver.stop();
        await flood;
      }
      await cleanup();
    }
    expect(liveBridgeObjects()).toBe(0);
    await expect.poll(() => standIn.liveObjects(), { timeout: 2000 }).toBe(0);
  });

  it('rejects calls on released handles instead of touching freed memory', async () => {
    const ctx = await api.init(64);
    const [cam] = await api.enumerate(ctx);
    const device = await api.connect(ctx, cam.id, 0, false, 5000);
    await api.release(ctx);
    await expect(api.properties(device)).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
    await expect(api.enumerate(ctx)).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
    expect(liveBridgeObjects()).toBe(0);
  });
});
