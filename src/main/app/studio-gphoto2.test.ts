import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { TransferJob } from '../../shared/transfer-types';
import { Gphoto2Driver } from '../camera/gphoto2/gphoto2-driver';
import {
  VUSB_REQUIRED,
  releaseVirtualCamera,
  virtualCamera,
  vusbMissing,
} from '../camera/gphoto2/testing/vusb-harness';
import { LogBuffer } from '../core/logger';
import { createStudio } from './create-studio';
import type { Studio } from './studio';

// The whole studio (registry, properties, capture, auto-import, card service, transfer queue) over the gphoto2
// driver and libgphoto2's virtual camera: what `npm run serve -- --driver gphoto2` serves.
const missing = vusbMissing();
const suite = missing && !VUSB_REQUIRED ? describe.skip : describe;

let studio: Studio | undefined;
let dir = '';
afterEach(async () => {
  await studio?.stop();
  studio = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});
afterAll(releaseVirtualCamera);

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

suite(
  `studio over the gphoto2 driver and the virtual camera${missing ? ` — skipped: ${missing}` : ''}`,
  () => {
    it('sets aperture and shutter, captures into the session, lists the card and pulls a file', async () => {
      if (missing) throw new Error(missing);
      const cam = await virtualCamera();
      dir = await mkdtemp(join(cam.root, 'studio-'));
      studio = await createStudio({
        dataDir: join(dir, 'data'),
        sessionRoot: join(dir, 'sessions'),
        driverInstance: new Gphoto2Driver(cam.api, { hotplugIntervalMs: 0, saveRoot: join(dir, 'save') }),
        logs: new LogBuffer(2000, null),
        autoConnect: false,
      });
      await studio.start();
      const [body] = await studio.cameras.list();
      expect(body).toMatchObject({ model: 'Nikon DSC D750', driver: 'gphoto2' });
      await studio.cameras.connect(body.id, 'remote-transfer');

      expect((await studio.properties.set(body.id, 'aperture', 'f/8')).formatted).toBe('f/8');
      expect((await studio.properties.set(body.id, 'shutter-speed', '1/200')).formatted).toBe('1/200');
      expect((await studio.properties.get(body.id, 'battery-remain')).formatted).toBe('50%');
      expect((await studio.properties.get(body.id, 'media-slot1-status')).formatted).toBe('OK');
      expect((await studio.properties.get(body.id, 'media-slot1-remaining-photos')).formatted).toBe('150');

      const imported = new Promise<void>((resolve) => {
        const off = studio!.bus.on('downloadComplete', () => {
          off();
          resolve();
        });
      });
      await studio.capture.capture(body.id, { autofocus: true });
      await imported;
      const [shot] = await studio.sessions.shots();
      expect(shot).toMatchObject({ cameraId: body.id, kind: 'jpeg' });
      expect((await readFile(shot.path)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

      const files = await studio.cards.list(body.id, 1);
      expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['DSC_0001.JPG', 'DSC_0002.JPG']));
      const [job] = await studio.transfers.pullCardFiles(body.id, [files[0]]);
      const done = await finished(studio, job.id);
      expect(done.state).toBe('done');
      expect((await readFile(done.targetPath as string)).length).toBe(files[0].size);
    });
  },
);
