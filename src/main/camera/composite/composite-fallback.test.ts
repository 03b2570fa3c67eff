import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CameraInfo } from '../../../shared/camera-types';
import { LogBuffer } from '../../core/logger';
import type { DriverEventMap } from '../driver';
import { FakeDriver } from '../fake/fake-driver';
import { CompositeDriver } from './composite-driver';

// `--driver auto` keeps the simulator as a fallback body: offered while no real body is plugged in,
// withdrawn (disconnected first) when one is, offered again when the last one goes. Fakes stand in for
// both sides; every wait is for an event, bounded.

type Seen = { event: keyof DriverEventMap; cameraId: string };

describe('CompositeDriver with a fallback driver', () => {
  let composite: CompositeDriver;
  let logs: LogBuffer;
  let real: FakeDriver;
  let sim: FakeDriver;
  let seen: Seen[];

  /** A composite over one real fake (its body `real-1` unplugged unless `plugged`) and a simulated fake. */
  async function make(plugged: boolean, cameras = 1): Promise<void> {
    logs = new LogBuffer(200, null);
    real = new FakeDriver({ idPrefix: 'real', cameras });
    if (!plugged) for (const id of real.cameras.keys()) real.unplug(id);
    sim = new FakeDriver({ idPrefix: 'sim' });
    composite = new CompositeDriver([real], { fallback: sim, log: logs.logger('auto') });
    seen = [];
    for (const event of ['cameraAdded', 'cameraRemoved', 'connected', 'disconnected'] as const)
      composite.events.on(event, (p) => seen.push({ event, cameraId: 'id' in p ? p.id : p.cameraId }));
    await composite.start();
  }

  const ids = async () => (await composite.listCameras()).map((c: CameraInfo) => c.id).sort();
  const messages = () => logs.recent(200, 'debug').map((e) => e.message);
  const removed = (id: string) => composite.events.waitFor('cameraRemoved', (e) => e.cameraId === id, 10_000);
  const added = (id: string) => composite.events.waitFor('cameraAdded', (c) => c.id === id, 10_000);

  afterEach(async () => {
    await composite?.stop();
  });

  it('passes warmUp on to every driver, the fallback too', async () => {
    await make(false);
    const realWarm = vi.fn();
    const simWarm = vi.fn();
    Object.assign(real, { warmUp: realWarm });
    Object.assign(sim, { warmUp: simWarm });
    composite.warmUp();
    expect(realWarm).toHaveBeenCalledTimes(1);
    expect(simWarm).toHaveBeenCalledTimes(1);
  });

  it('offers the simulated body only while no real body is plugged in', async () => {
    await make(false);
    expect(await ids()).toEqual(['sim-1']);
    expect(composite.fallbackOffered()).toBe(true);

    const simGone = removed('sim-1');
    real.replug('real-1');
    await simGone;
    expect(await ids()).toEqual(['real-1']);
    expect(composite.fallbackOffered()).toBe(false);
    expect(composite.realBodies().map((c) => c.id)).toEqual(['real-1']);
    await expect(composite.connect('sim-1', 'remote')).rejects.toMatchObject({ code: 'CAMERA_NOT_FOUND' });

    const simBack = added('sim-1');
    real.unplug('real-1');
    await simBack;
    expect(await ids()).toEqual(['sim-1']);
    expect(composite.fallbackOffered()).toBe(true);
    expect(seen.filter((s) => s.cameraId === 'sim-1').map((s) => s.event)).toEqual([
      'cameraAdded',
      'cameraRemoved',
      'cameraAdded',
    ]);
    expect(messages()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/simulated ILCE-7M4 \(sim-1\) is withdrawn while a real camera is plugged in/),
        expect.stringMatching(
          /no real camera plugged in any more: the simulated ILCE-7M4 \(sim-1\) is offered again/,
        ),
      ]),
    );
  });

  it('disconnects a connected simulated body before withdrawing it', async () => {
    await make(false);
    await composite.connect('sim-1', 'remote');
    expect(sim.cameras.get('sim-1')?.connected).toBe(true);

    const simGone = removed('sim-1');
    real.replug('real-1');
    await simGone;
    expect(sim.cameras.get('sim-1')?.connected).toBe(false);
    const simEvents = seen.filter((s) => s.cameraId === 'sim-1').map((s) => s.event);
    expect(simEvents).toEqual(['cameraAdded', 'connected', 'disconnected', 'cameraRemoved']);
    expect(messages()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/plugged in: disconnecting the simulated ILCE-7M4 \(sim-1\)/),
      ]),
    );
    // The real body works through the composite as before.
    await composite.connect('real-1', 'remote');
    expect(real.cameras.get('real-1')?.connected).toBe(true);
  });

  it('waits for a connect in progress before withdrawing the body it connects', async () => {
    await make(false);
    const connecting = composite.connect('sim-1', 'remote');
    const simGone = removed('sim-1');
    real.replug('real-1');
    await connecting;
    await simGone;
    expect(sim.cameras.get('sim-1')?.connected).toBe(false);
  });

  it('never offers the simulated body while a real one is plugged in from the start', async () => {
    await make(true);
    expect(await ids()).toEqual(['real-1']);
    expect(seen.some((s) => s.cameraId === 'sim-1')).toBe(false);
  });

  it('brings the simulated body back only when the last real body goes', async () => {
    await make(true, 2);
    expect(await ids()).toEqual(['real-1', 'real-2']);
    real.unplug('real-1');
    expect(await ids()).toEqual(['real-2']);
    const simBack = added('sim-1');
    real.unplug('real-2');
    await simBack;
    expect(await ids()).toEqual(['sim-1']);
    expect(seen.filter((s) => s.cameraId === 'sim-1').map((s) => s.event)).toEqual(['cameraAdded']);
  });
});
