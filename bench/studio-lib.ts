/** The real headless studio (simulated body) behind the real server, for benchmarks (`run.mjs` skips `*-lib.ts`). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudio } from '../src/main/app/create-studio';
import type { Studio } from '../src/main/app/studio';
import { LogBuffer } from '../src/main/core/logger';
import { type RunningServer, startServer } from '../src/main/server/server';

/** A started studio + server in a temp data dir; `close()` stops both and removes the dir. */
export interface BenchStudio {
  studio: Studio;
  server: RunningServer;
  close(): Promise<void>;
}

/** Starts the studio with one simulated camera and the server on an ephemeral port, default settings. */
export async function startBenchStudio(prefix: string): Promise<BenchStudio> {
  const dir = mkdtempSync(join(tmpdir(), `bench-${prefix}-`));
  const studio = await createStudio({
    dataDir: dir,
    sessionRoot: join(dir, 's'),
    driver: 'sim',
    simCameras: 1,
    logs: new LogBuffer(100, null),
  });
  await studio.start();
  const server = await startServer(studio, { port: 0 });
  return {
    studio,
    server,
    close: async () => {
      await server.close();
      await studio.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
