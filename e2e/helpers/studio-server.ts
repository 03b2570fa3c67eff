import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createStudio } from '../../src/main/app/create-studio';
import type { Studio } from '../../src/main/app/studio';
import { SimDriver } from '../../src/main/camera/sim/sim-driver';
import { startServer, type RunningServer } from '../../src/main/server/server';

/** A headless studio (simulated camera) with its REST/SSE server and the built UI on an ephemeral port. */
export interface TestStudio {
  studio: Studio;
  /** The simulated body behind the studio (tests inject faults through it). */
  sim: SimDriver;
  server: RunningServer;
  url: string;
  dataDir: string;
  sessionRoot: string;
  stop(): Promise<void>;
  /** Stops the server and the studio as a crash or quit would, keeping the data (the page stays open). */
  kill(): Promise<void>;
  /** Starts a new studio on the same port and data folders, as `npm run serve` run again would. */
  restart(): Promise<void>;
}

/** Starts the studio the way `npm run serve` does, with throwaway data and session folders. */
export async function startTestStudio(
  options: { simOptions?: Record<string, unknown> } = {},
): Promise<TestStudio> {
  const base = await mkdtemp(join(tmpdir(), 'tether-e2e-'));
  const dataDir = join(base, 'data');
  const sessionRoot = join(base, 'sessions');
  const boot = async (port: number) => {
    const sim = new SimDriver({ cameras: 1, ...options.simOptions });
    const studio = await createStudio({
      dataDir,
      sessionRoot,
      driver: 'sim',
      driverInstance: sim,
      autoConnect: false,
    });
    await studio.start();
    const server = await startServer(studio, { port, rendererDir: resolve('out/renderer') });
    return { sim, studio, server };
  };
  let parts: Awaited<ReturnType<typeof boot>> | null = await boot(0);
  const port = Number(new URL(parts.server.url).port);
  const running = () => {
    if (!parts) throw new Error('the test studio is not running');
    return parts;
  };
  const kill = async () => {
    const p = parts;
    parts = null;
    if (!p) return;
    await p.server.close();
    await p.studio.stop();
  };
  return {
    get studio() {
      return running().studio;
    },
    get sim() {
      return running().sim;
    },
    get server() {
      return running().server;
    },
    url: parts.server.url,
    dataDir,
    sessionRoot,
    kill,
    async restart() {
      await kill();
      parts = await boot(port);
    },
    async stop() {
      await kill();
      // Thumbnails still being cached when the studio stops can land mid-removal (ENOTEMPTY): retry.
      await rm(base, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
