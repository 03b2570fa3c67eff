import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StudioEvent } from '../../../shared/events';
import { SimDriver } from '../../camera/sim/sim-driver';
import { LogBuffer } from '../../core/logger';
import { createStudio } from '../create-studio';
import type { Studio } from '../studio';

/** A started studio over simulated bodies, connected in remote-transfer mode, recording every bus event. */
export interface SimProStudio {
  studio: Studio;
  driver: SimDriver;
  dir: string;
  /** Connected camera ids. */
  ids: string[];
  events: StudioEvent[];
  /** Resolves with the first bus event (seen already or arriving) that matches; rejects after `ms`. */
  waitFor<K extends StudioEvent['event']>(
    name: K,
    match?: (data: Extract<StudioEvent, { event: K }>['data']) => boolean,
    ms?: number,
  ): Promise<Extract<StudioEvent, { event: K }>['data']>;
  close(): Promise<void>;
}

/** Builds and starts the studio around `cameras` fast simulated bodies (for pro-shooting service tests). */
export async function simProStudio(cameras = 1, dataDir?: string): Promise<SimProStudio> {
  const dir = await mkdtemp(join(tmpdir(), 'tether-pro-'));
  const driver = new SimDriver({ cameras, connectDelayMs: 1, saveRoot: join(dir, 'camera') });
  const studio = await createStudio({
    dataDir: dataDir ?? join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    driverInstance: driver,
    autoConnect: false,
    logs: new LogBuffer(500, null),
  });
  const events: StudioEvent[] = [];
  const waiters = new Set<() => void>();
  studio.bus.onAny((e) => {
    events.push(e);
    for (const w of [...waiters]) w();
  });
  await studio.start();
  const ids = (await studio.cameras.list()).map((c) => c.id);
  for (const id of ids) await studio.cameras.connect(id, 'remote-transfer');
  return {
    studio,
    driver,
    dir,
    ids,
    events,
    waitFor: (name, match = () => true, ms = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find((e) => e.event === name && match(e.data as never));
          if (!hit) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit.data as never);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${name} event within ${ms} ms`));
        }, ms);
        waiters.add(check);
        check();
      }),
    close: async () => {
      await studio.stop();
      // A thumbnail written behind its answer can land while the folder is removed (ENOTEMPTY): retry, bounded.
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
