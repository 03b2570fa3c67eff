import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CardFile } from '../../shared/camera-types';
import type { TransferJob } from '../../shared/transfer-types';
import type { CameraDriver } from '../camera/driver';
import {
  NATIVE_BUILD_TIMEOUT_MS,
  ensureNativeLibrary,
  makeStandInDriver,
} from '../camera/crsdk/testing/native-harness';
import { Gphoto2Driver } from '../camera/gphoto2/gphoto2-driver';
import {
  VUSB_REQUIRED,
  releaseVirtualCamera,
  virtualCamera,
  vusbMissing,
} from '../camera/gphoto2/testing/vusb-harness';
import { LogBuffer } from '../core/logger';
import type { SinkOpener } from '../transfer/transfer-runner';
import { createStudio } from './create-studio';
import type { Studio } from './studio';

// The durable queue is the same for every driver: a card pull over the real driver paths (CRSDK over the
// stand-in SDK through the native bridge; libgphoto2 over its virtual camera) writes to `.part`, is journaled,
// survives a restart, and a retry resumes from the `.part` offset through the driver's offset read.

type Kind = 'crsdk' | 'gphoto2';
const gphotoMissing = vusbMissing();
let native: Awaited<ReturnType<typeof ensureNativeLibrary>>;
beforeAll(async () => {
  native = await ensureNativeLibrary();
}, NATIVE_BUILD_TIMEOUT_MS);
afterAll(releaseVirtualCamera);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function driverFor(kind: Kind, dir: string): Promise<CameraDriver> {
  if (kind === 'gphoto2') {
    const cam = await virtualCamera();
    return new Gphoto2Driver(cam.api, { hotplugIntervalMs: 0, saveRoot: join(dir, 'save') });
  }
  const made = await makeStandInDriver(native.location, native.standIn);
  cleanups.push(made.cleanup);
  return made.driver;
}

/** A `.part` sink that writes `budget.left` more bytes and then fails like a full disk (ENOSPC). */
function fullDiskAfter(budget: { left: number }): SinkOpener {
  return (part, start) => {
    const file: WriteStream = createWriteStream(part, { flags: start > 0 ? 'r+' : 'w', start });
    const full = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    return new Writable({
      write(chunk: Buffer, _enc, cb) {
        const n = Math.min(chunk.length, budget.left);
        budget.left -= n;
        if (n === 0) return cb(full());
        file.write(chunk.subarray(0, n), (err) => cb(err ?? (n < chunk.length ? full() : null)));
      },
      final: (cb) => file.end(cb),
      destroy: (err, cb) => {
        file.destroy();
        cb(err);
      },
    });
  };
}

async function studioOver(
  kind: Kind,
  dir: string,
  openSink?: SinkOpener,
): Promise<{ studio: Studio; driver: CameraDriver }> {
  const driver = await driverFor(kind, dir);
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driverInstance: driver,
    logs: new LogBuffer(2000, null),
    autoConnect: false,
    transfer: { retryDelayMs: 1, ...(openSink ? { openSink } : {}) },
  });
  await studio.start();
  return { studio, driver };
}

function finished(s: Studio, id: string): Promise<TransferJob> {
  return new Promise((resolve) => {
    const check = () => {
      const j = s.transfers.get(id);
      if (!['done', 'failed', 'cancelled'].includes(j.state)) return;
      offs.forEach((off) => off());
      resolve(j);
    };
    const offs = [s.bus.on('transferDone', check), s.bus.on('transferFailed', check)];
    check();
  });
}

async function readWhole(driver: CameraDriver, cameraId: string, file: CardFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const { stream } = await driver.openContent(cameraId, file);
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe.each(['crsdk', 'gphoto2'] as const)('%s driver: card pulls go through the durable queue', (kind) => {
  const missing = kind === 'gphoto2' && gphotoMissing && !VUSB_REQUIRED ? gphotoMissing : null;
  it.skipIf(missing !== null)(
    `a pull cut by a full disk keeps its .part and journal across a restart; Retry resumes from the offset${missing ? ` — skipped: ${missing}` : ''}`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), `ts-drv-recover-${kind}-`));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));

      // First run: the disk fills up a third of the way into the file.
      const budget = { left: 0 };
      const { studio: cut } = await studioOver(kind, dir, fullDiskAfter(budget));
      const [cam] = await cut.cameras.list();
      await cut.cameras.connect(cam.id, 'contents');
      const file = [...(await cut.cards.list(cam.id, 1))].sort((a, b) => a.size - b.size)[0];
      budget.left = Math.floor(file.size / 3);
      const [queued] = await cut.transfers.pullCardFiles(cam.id, [file]);
      const failed = await finished(cut, queued.id);
      expect(failed).toMatchObject({ state: 'failed', error: { code: 'IO_ERROR' } });
      const target = failed.targetPath as string;
      const kept = (await stat(`${target}.part`)).size;
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThanOrEqual(Math.floor(file.size / 3));
      await cut.stop();

      // Second run (space is back): the job is there again from the journal; Retry resumes from the .part.
      const { studio: again, driver } = await studioOver(kind, dir);
      cleanups.push(() => again.stop());
      expect(again.transfers.get(queued.id)).toMatchObject({ state: 'failed', targetPath: target });
      await again.cameras.connect(cam.id, 'contents');
      await again.transfers.retry(queued.id);
      expect(await finished(again, queued.id)).toMatchObject({
        state: 'done',
        targetPath: target,
        resumedFrom: kept,
      });
      const pulled = await readFile(target);
      expect(pulled.length).toBe(file.size);
      expect(pulled.equals(await readWhole(driver, cam.id, file))).toBe(true);
      await expect(stat(`${target}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
      expect((await again.sessions.shots()).map((s) => s.path)).toEqual([target]);
    },
  );
});
