import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../shared/events';
import type { CameraDriver } from '../camera/driver';
import {
  NATIVE_BUILD_TIMEOUT_MS,
  ensureNativeLibrary,
  makeStandInDriver,
} from '../camera/crsdk/testing/native-harness';
import { SimDriver } from '../camera/sim/sim-driver';
import { LogBuffer } from '../core/logger';
import { createStudio } from './create-studio';
import type { Studio } from './studio';

// The connection lifecycle is the same service for every driver: a remote connect takes the priority key to
// the PC (unless the `keepCameraPriority` setting says not to), clients see that as a propertyChanged event,
// and the shutter works the moment connect() has resolved. Checked on the simulator and on the CRSDK driver
// over the stand-in SDK (through the real native path).

type Kind = 'sim' | 'crsdk';
let native: Awaited<ReturnType<typeof ensureNativeLibrary>>;
beforeAll(async () => {
  native = await ensureNativeLibrary();
}, NATIVE_BUILD_TIMEOUT_MS);

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function driverFor(kind: Kind, dir: string): Promise<CameraDriver> {
  if (kind === 'sim') return new SimDriver({ cameras: 1, connectDelayMs: 2, saveRoot: join(dir, 'sim') });
  const made = await makeStandInDriver(native.location, native.standIn);
  cleanups.push(made.cleanup);
  return made.driver;
}

async function studioWith(kind: Kind, settings: Record<string, unknown>) {
  const dir = await mkdtemp(join(tmpdir(), `ts-connect-${kind}-`));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await mkdir(join(dir, 'data'), { recursive: true });
  await writeFile(join(dir, 'data', 'settings.json'), JSON.stringify({ version: 1, ...settings }));
  const studio: Studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driverInstance: await driverFor(kind, dir),
    logs: new LogBuffer(2000, null),
    autoConnect: false,
  });
  const events: StudioEvent[] = [];
  studio.bus.onAny((e) => events.push(e));
  await studio.start();
  cleanups.push(() => studio.stop());
  const [camera] = await studio.cameras.list();
  return { studio, events, id: camera.id };
}

describe.each(['sim', 'crsdk'] as const)('%s driver: remote connect, then shoot at once', (kind) => {
  it('takes the priority key during connect, reports it as propertyChanged, and captures right away', async () => {
    const { studio, events, id } = await studioWith(kind, {});
    await studio.cameras.connect(id, 'remote');
    // No priority-key call by the client: connecting did it.
    expect((await studio.properties.getPriorityKey(id)).formatted).toBe('pc-remote');
    const changed = events.filter((e) => e.event === 'propertyChanged').map((e) => e.data);
    expect(changed.some((d) => d.cameraId === id && d.names?.includes('priority-key'))).toBe(true);
    // The first thing a client does after connecting: fire. The shot is imported into the session.
    const imported = studio.bus.waitFor('transferDone');
    expect(await studio.capture.capture(id)).toMatchObject({ focused: true });
    const job = await imported;
    expect(job.state).toBe('done');
    expect((await stat(job.targetPath!)).size).toBeGreaterThan(0);
  });

  it('with keepCameraPriority the dial keeps priority: the shutter is refused until the key is moved', async () => {
    const { studio, id } = await studioWith(kind, { keepCameraPriority: true });
    await studio.cameras.connect(id, 'remote');
    expect((await studio.properties.getPriorityKey(id)).formatted).toBe('camera-position');
    await expect(studio.capture.capture(id)).rejects.toMatchObject({ code: 'PRIORITY_KEY_NOT_PC_REMOTE' });
    await studio.properties.setPriorityKey(id, 'pc-remote');
    const imported = studio.bus.waitFor('transferDone');
    await studio.capture.capture(id);
    expect((await imported).state).toBe('done');
  });
});
