import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../shared/events';
import { FakeDriver } from '../camera/fake/fake-driver';
import { LogBuffer } from '../core/logger';
import { type RunningServer, startServer } from '../server/server';
import { httpCall } from '../server/testing/http-call';
import { createStudio } from './create-studio';
import type { DriverLoaders } from './driver-loaders';
import type { Studio } from './studio';

// `--driver auto` on a machine with libgphoto2 but no camera plugged in: the studio shows the simulated
// body, and says so; a real body plugged in takes over (the simulated one is disconnected and removed),
// and the simulated one comes back when it goes. Fake driver modules stand in for libgphoto2 and the
// simulator; the studio, registry and server are the real ones.

class GphotoBody extends FakeDriver {
  override readonly kind = 'gphoto2' as never;
  constructor() {
    super({ idPrefix: 'gp' });
    this.unplug('gp-1'); // nothing plugged in at start
  }
  override version(): string {
    return 'libgphoto2 2.5.30';
  }
}

let dir = '';
let studio: Studio | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  await studio?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function autoStudio(): Promise<{ gp: GphotoBody; logs: LogBuffer; events: StudioEvent[] }> {
  dir = await mkdtemp(join(tmpdir(), 'ts-auto-'));
  const gp = new GphotoBody();
  const loaders: DriverLoaders = {
    crsdk: async () => ({ crsdkAvailability: () => ({ available: false, reason: 'no Sony SDK here' }) }),
    sim: async () => ({ SimDriver: FakeDriver }),
    gphoto2: async () => ({
      gphoto2Availability: () => ({ available: true, reason: 'libgphoto2 2.5.30 loaded' }),
      createGphoto2Driver: () => gp,
    }),
  };
  const logs = new LogBuffer(2000, null);
  studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'auto',
    driverLoaders: loaders,
    logs,
    autoConnect: false,
  });
  const events: StudioEvent[] = [];
  studio.bus.onAny((e) => events.push(e));
  await studio.start();
  server = await startServer(studio, { port: 0, rendererDir: null });
  return { gp, logs, events };
}

async function serverStatus(): Promise<{ kind: string; reason: string; backends: unknown[] }> {
  const res = await httpCall(`${server!.url}/api/server/status`);
  expect(res.status).toBe(200);
  return (res.json as { driver: { kind: string; reason: string; backends: unknown[] } }).driver;
}

const ids = async () => (await studio!.cameras.list()).map((c) => c.id);

describe('--driver auto: the simulated camera stands in until a real one is plugged in', () => {
  it('offers the simulator, hands over to a hot-plugged real body (disconnecting the simulator), and back', async () => {
    const { gp, logs, events } = await autoStudio();
    const s = studio!;
    expect(await ids()).toEqual(['fake-1']);
    expect(await serverStatus()).toMatchObject({
      kind: 'sim',
      reason: expect.stringMatching(/^simulated ILCE-7M4 until a real camera is plugged in/),
      backends: [
        expect.objectContaining({ kind: 'crsdk', active: false, reason: 'no Sony SDK here' }),
        expect.objectContaining({ kind: 'gphoto2', active: true }),
        expect.objectContaining({ kind: 'sim', active: true }),
      ],
    });
    await s.cameras.connect('fake-1', 'remote');

    const simGone = s.bus.waitFor('cameraRemoved', (e) => e.cameraId === 'fake-1', 10_000);
    gp.replug('gp-1');
    await simGone;
    const simEvents = events.filter((e) => 'cameraId' in e.data && e.data.cameraId === 'fake-1');
    expect(simEvents.map((e) => e.event)).toEqual(expect.arrayContaining(['disconnected', 'cameraRemoved']));
    expect(simEvents.findIndex((e) => e.event === 'disconnected')).toBeLessThan(
      simEvents.findIndex((e) => e.event === 'cameraRemoved'),
    );
    expect(s.cameras.state('fake-1')).toBe('disconnected');
    expect(await ids()).toEqual(['gp-1']);
    expect(await serverStatus()).toMatchObject({
      kind: 'gphoto2',
      reason: expect.stringMatching(/libgphoto2 2.5.30 loaded; the simulated ILCE-7M4 is withdrawn/),
      backends: expect.arrayContaining([expect.objectContaining({ kind: 'sim', active: false })]),
    });
    expect(s.status().driver.kind).toBe('gphoto2');
    expect(logs.recent(2000).map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/disconnecting the simulated ILCE-7M4 \(fake-1\)/)]),
    );

    const simBack = s.bus.waitFor('cameraAdded', (c) => c.id === 'fake-1', 10_000);
    gp.unplug('gp-1');
    await simBack;
    expect(await ids()).toEqual(['fake-1']);
    expect((await serverStatus()).kind).toBe('sim');
    await s.cameras.connect('fake-1', 'remote');
    expect(s.cameras.state('fake-1')).toBe('connected');
  });
});
