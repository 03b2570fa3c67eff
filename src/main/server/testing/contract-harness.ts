import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudio } from '../../app/create-studio';
import type { CameraDriver } from '../../camera/driver';
import type { Studio } from '../../app/studio';
import { LogBuffer } from '../../core/logger';
import { type RunningServer, startServer } from '../server';
import type { ServerOptions } from '../server-options';
import { type HttpCallOptions, type HttpResult, httpCall } from './http-call';

/** Which driver a harness runs: the simulator, or the CRSDK driver over the stand-in SDK. */
export type HarnessDriver = 'sim' | 'crsdk';

/** The CRSDK driver over the stand-in SDK (the native build is made when missing). */
async function standInDriver(dir: string): Promise<{ driver: CameraDriver; cleanup: () => Promise<void> }> {
  // Loaded lazily: the sim-only suites never touch the native library.
  const { ensureNativeLibrary, makeStandInDriver } =
    await import('../../camera/crsdk/testing/native-harness');
  const native = await ensureNativeLibrary();
  const made = await makeStandInDriver(native.location, native.standIn, {
    saveRoot: join(dir, 'camera-save'),
  });
  return { driver: made.driver, cleanup: made.cleanup };
}

/** A real studio (simulated bodies) behind the real server on an ephemeral port, in a temp data dir. */
export interface Harness {
  /** The driver behind the studio. */
  driverKind: HarnessDriver;
  studio: Studio;
  server: RunningServer;
  url: string;
  dir: string;
  /** The first simulated camera. */
  cameraId: string;
  /** How many times `POST /api/server/shutdown` asked for a shutdown. */
  shutdownRequests: number;
  /** Resolves at the first shutdown request. */
  shutdownRequested: Promise<void>;
  /** Calls the server (path relative to its URL). */
  call(method: string, path: string, options?: Omit<HttpCallOptions, 'method'>): Promise<HttpResult>;
  /** Connects the first camera and claims the priority key (most operations need both). */
  connectRemote(mode?: 'remote' | 'remote-transfer' | 'contents'): Promise<void>;
  /** Resolves with the next live-view frame of the first camera. */
  nextFrame(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a harness. */
export async function startHarness(
  options: { server?: Partial<ServerOptions>; cameras?: number; driver?: HarnessDriver } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'tether-server-'));
  const kind = options.driver ?? 'sim';
  const native = kind === 'crsdk' ? await standInDriver(dir) : null;
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    simCameras: options.cameras ?? 1,
    simOptions: { saveRoot: join(dir, 'camera-save'), rateBytesPerSec: 200 * 1024 * 1024, connectDelayMs: 2 },
    ...(native ? { driverInstance: native.driver } : {}),
    logs: new LogBuffer(2000, null),
    autoConnect: false,
  });
  await studio.start();
  let onShutdown: () => void = () => undefined;
  const h: Harness = {
    driverKind: kind,
    studio,
    server: undefined as unknown as RunningServer,
    url: '',
    dir,
    cameraId: '',
    shutdownRequests: 0,
    shutdownRequested: new Promise<void>((r) => (onShutdown = r)),
    call: (method, path, opts = {}) => httpCall(h.url + path, { ...opts, method }),
    // A remote connect takes the priority key to the PC by itself (keepCameraPriority is off).
    connectRemote: async (mode = 'remote') => {
      await studio.cameras.connect(h.cameraId, mode);
    },
    nextFrame: () =>
      new Promise<void>((resolve) => {
        const off = studio.liveView.subscribe(h.cameraId, () => {
          queueMicrotask(() => off());
          resolve();
        });
      }),
    close: async () => {
      await h.server?.close();
      await studio.stop();
      await native?.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  h.server = await startServer(studio, {
    port: 0,
    rendererDir: join(dir, 'no-renderer'),
    onShutdownRequest: () => {
      h.shutdownRequests++;
      onShutdown();
    },
    ...options.server,
  });
  h.url = h.server.url;
  h.cameraId = (await studio.cameras.list())[0]?.id ?? '';
  return h;
}
