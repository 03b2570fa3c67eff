import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseValue, propertyByName } from '../../../shared/properties/index';
import { code, connect, enumRaw, getProp } from '../contract/contract-helpers';
import type { Gphoto2Driver } from './gphoto2-driver';
import type { FakeGphoto2 } from './testing/fake-gphoto2';
import { makeFakeDriver } from './testing/fake-harness';

const raw = (name: string, text: string) => parseValue(propertyByName(name)!, text);

describe('Gphoto2Driver over the libgphoto2 boundary fake (Canon EOS)', () => {
  let driver: Gphoto2Driver;
  let fake: FakeGphoto2;
  let cleanup: () => Promise<void>;
  let id: string;

  beforeEach(async () => {
    const made = await makeFakeDriver();
    ({ driver, fake, cleanup } = made);
    await driver.start();
    id = (await driver.listCameras())[0].id;
  });

  afterEach(async () => {
    await driver.stop();
    await cleanup();
  });

  it('names the body after its model and reads its serial number at connect', async () => {
    expect(id).toBe('gp-canon-eos-5d-mark-iv');
    await connect(driver, id, 'remote');
    expect((await driver.listCameras())[0]).toMatchObject({
      driver: 'gphoto2',
      serial: '0123456789',
      model: 'Canon EOS 5D Mark IV',
    });
  });

  it('writes ISO, white balance, aperture, shutter and exposure compensation as the camera spells them', async () => {
    await connect(driver, id, 'remote');
    const cases: [string, string, string, string][] = [
      ['iso', 'ISO 400', 'iso', '400'],
      ['iso', 'auto', 'iso', 'Auto'],
      ['white-balance', 'daylight', 'whitebalance', 'Daylight'],
      ['white-balance', 'shade', 'whitebalance', 'Shadow'],
      ['aperture', 'f/8', 'aperture', '8'],
      ['shutter-speed', '1/250', 'shutterspeed', '1/250'],
      ['exposure-compensation', '+0.7', 'exposurecompensation', '0.6'],
      ['focus-mode', 'af-c', 'focusmode', 'AI Servo'],
      ['drive-mode', 'continuous-hi', 'drivemode', 'Continuous high speed'],
      ['file-format', 'raw-jpeg', 'imageformat', 'RAW + Large Fine JPEG'],
    ];
    for (const [name, text, widget, spelled] of cases) {
      await driver.setProperty(id, code(name), raw(name, text));
      expect(fake.widgetNamed(widget)?.value, `${name} ${text}`).toBe(spelled);
      expect((await getProp(driver, id, name)).value).toBe(raw(name, text));
    }
    // Strings the catalog cannot express are not offered (Canon's "AWB White").
    expect((await getProp(driver, id, 'white-balance')).available).toHaveLength(9);
  });

  it('serialises every call on the camera: no call is ever refused as busy', async () => {
    await connect(driver, id, 'remote-transfer');
    await driver.setLiveViewEnabled(id, true);
    await driver.startLiveView(id);
    await Promise.all([
      ...Array.from({ length: 8 }, () => driver.getCardSlots(id)),
      driver.listContents(id, 1),
      driver.setProperty(id, code('iso'), raw('iso', 'ISO 800')),
      driver.sendCommand(id, { type: 's1', action: 'lock' }),
      driver.events.waitFor('frame', (f) => f.seq >= 3),
    ]);
    await driver.stopLiveView(id);
    expect(fake.busyRefusals).toBe(0);
  });

  it('downloads a shot taken on the body itself when the destination includes the host', async () => {
    await connect(driver, id, 'remote-transfer');
    await driver.setProperty(
      id,
      code('still-image-store-destination'),
      enumRaw('still-image-store-destination', 'both'),
    );
    expect(fake.widgetNamed('capturetarget')?.value).toBe('Memory card');
    const onCard = driver.events.waitFor('contentsChanged', (e) => e.cameraId === id);
    const landed = driver.events.waitFor('downloadComplete', (e) => e.cameraId === id);
    const name = fake.shootOnBody();
    expect((await onCard).added[0]).toMatchObject({ name, kind: 'jpeg' });
    const shot = await landed;
    expect((await readFile(shot.stagedPath)).length).toBe(shot.size);
    expect(shot.filename).toMatch(/^DSC\d{5}\.JPG$/);
  });

  it('captures to the camera RAM for host-pc: downloaded, then deleted from the camera', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gp-host-'));
    try {
      await connect(driver, id, 'remote');
      await driver.setSaveInfo(id, { path: dir, prefix: 'EOS', startNo: 7 });
      expect((await getProp(driver, id, 'still-image-store-destination')).value).toBe(
        enumRaw('still-image-store-destination', 'host-pc'),
      );
      const before = fake.files.size;
      const landed = driver.events.waitFor('downloadComplete', (e) => e.cameraId === id);
      await driver.sendCommand(id, { type: 'release', action: 'down' });
      expect((await landed).stagedPath).toBe(join(dir, 'EOS00007.JPG'));
      await expect.poll(() => fake.files.size).toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('groups RAW+JPEG of one shot into one content with two files', async () => {
    await connect(driver, id, 'contents');
    const files = await driver.listContents(id, 1);
    const pair = files.filter((f) => f.name.startsWith('IMG_0003'));
    expect(pair.map((f) => f.kind).sort()).toEqual(['jpeg', 'raw']);
    expect(new Set(pair.map((f) => f.contentId)).size).toBe(1);
    expect(new Set(pair.map((f) => f.fileId)).size).toBe(2);
  });

  it('reports AF failure from the body (no AF drive in manual focus)', async () => {
    await connect(driver, id, 'remote');
    await driver.setProperty(id, code('focus-mode'), raw('focus-mode', 'mf'));
    const failed = driver.events.waitFor('afStatus', (e) => e.state === 'failed');
    await driver.sendCommand(id, { type: 's1', action: 'lock' });
    await failed;
  });
});
