import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionMode, RawProperty } from '../../../shared/camera-types';
import type { StudioEvent } from '../../../shared/events';
import { createStudio } from '../create-studio';
import type { Studio, StudioOptions } from '../studio';
import { LogBuffer } from '../../core/logger';
import { FakeDriver } from '../../camera/fake/fake-driver';

/** A started studio around a {@link FakeDriver}, in a temp folder, recording every bus event. */
export interface FakeStudio {
  dir: string;
  driver: FakeDriver;
  studio: Studio;
  events: StudioEvent[];
  /** Events of one name, in order. */
  of<K extends StudioEvent['event']>(name: K): Extract<StudioEvent, { event: K }>['data'][];
  cleanup(): Promise<void>;
}

/** Options of {@link fakeStudio}. */
export interface FakeStudioOptions extends Partial<Pick<StudioOptions, 'transfer' | 'autoConnect'>> {
  cameras?: number;
  props?: RawProperty[];
  chunkSize?: number;
  /** Connect every camera in this mode after start. */
  connect?: ConnectionMode;
  /** False: the fake body does not reconnect by itself after a replug (the studio has to). */
  selfReconnect?: boolean;
  /** Reuse this folder (a restart over the same data); `cleanup` then leaves it. */
  dir?: string;
  /** Called with the driver before the studio starts (cards to seed for a restart). */
  prepare?: (driver: FakeDriver) => void;
  /** Persisted setting: leave the priority key with the camera after a connect. */
  keepCameraPriority?: boolean;
}

/** Builds and starts a studio over a fake driver (for service tests). */
export async function fakeStudio(opts: FakeStudioOptions = {}): Promise<FakeStudio> {
  const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), 'ts-studio-')));
  const driver = new FakeDriver({
    cameras: opts.cameras,
    props: opts.props,
    chunkSize: opts.chunkSize,
    selfReconnect: opts.selfReconnect,
  });
  if (opts.keepCameraPriority !== undefined) {
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(
      join(dir, 'data', 'settings.json'),
      JSON.stringify({ version: 1, keepCameraPriority: opts.keepCameraPriority }),
    );
  }
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driverInstance: driver,
    logs: new LogBuffer(1000, null),
    transfer: opts.transfer,
    autoConnect: opts.autoConnect,
  });
  const events: StudioEvent[] = [];
  studio.bus.onAny((e) => events.push(e));
  opts.prepare?.(driver);
  await studio.start();
  if (opts.connect) for (const id of driver.cameras.keys()) await studio.cameras.connect(id, opts.connect);
  return {
    dir,
    driver,
    studio,
    events,
    of: (name) => events.filter((e) => e.event === name).map((e) => e.data) as never,
    cleanup: async () => {
      await studio.stop();
      if (!opts.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
