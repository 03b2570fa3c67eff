import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudio } from '../main/app/create-studio';
import type { Studio } from '../main/app/studio';
import { SimDriver } from '../main/camera/sim/sim-driver';
import { LogBuffer } from '../main/core/logger';

/** A started studio over one simulated ILCE-7M4, in a temp folder (the real services, quick timings). */
export interface SimStudio {
  studio: Studio;
  dir: string;
  /** Stops the studio and removes the folder. */
  close(): Promise<void>;
}

/** Builds and starts the studio the way both entry points do, around a fast simulated body. */
export async function startSimStudio(): Promise<SimStudio> {
  const dir = await mkdtemp(join(tmpdir(), 'tether-conformance-'));
  const driver = new SimDriver({ cameras: 1, connectDelayMs: 1, saveRoot: join(dir, 'camera') });
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    driverInstance: driver,
    autoConnect: false,
    logs: new LogBuffer(500, null),
  });
  await studio.start();
  return {
    studio,
    dir,
    close: async () => {
      await studio.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
