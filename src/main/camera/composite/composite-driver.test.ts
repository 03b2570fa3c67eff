import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { FakeDriver } from '../fake/fake-driver';
import { expectCode } from '../contract/contract-helpers';
import type { Gphoto2Driver } from '../gphoto2/gphoto2-driver';
import type { FakeGphoto2 } from '../gphoto2/testing/fake-gphoto2';
import { makeFakeDriver } from '../gphoto2/testing/fake-harness';
import { CompositeDriver } from './composite-driver';

const SONY_A7IV = { vendorId: 0x054c, productId: 0x0da6 };

describe('CompositeDriver', () => {
  let composite: CompositeDriver;
  let cleanup: () => Promise<void> = async () => undefined;

  async function make(
    sharedUsb: boolean,
  ): Promise<{ sony: FakeDriver; gp: Gphoto2Driver; fake: FakeGphoto2 }> {
    const sony = new FakeDriver();
    const made = await makeFakeDriver();
    cleanup = made.cleanup;
    if (sharedUsb) {
      (sony.cameras.get('fake-1') as { info: { usb?: unknown } }).info.usb = SONY_A7IV;
      made.fake.usb = SONY_A7IV;
    }
    composite = new CompositeDriver([sony, made.driver]);
    return { sony, gp: made.driver, fake: made.fake };
  }

  afterEach(async () => {
    await composite.stop();
    await cleanup();
  });

  it('offers the cameras of every driver and routes calls by camera id', async () => {
    await make(false);
    const added: string[] = [];
    composite.events.on('cameraAdded', (c) => added.push(c.id));
    await composite.start();
    const cams = await composite.listCameras();
    expect(cams.map((c) => [c.id, c.driver])).toEqual([
      ['fake-1', 'sim'],
      ['gp-canon-eos-5d-mark-iv', 'gphoto2'],
    ]);
    expect(added.sort()).toEqual(['fake-1', 'gp-canon-eos-5d-mark-iv']);
    const connected: string[] = [];
    composite.events.on('connected', (e) => connected.push(e.cameraId));
    await composite.connect('gp-canon-eos-5d-mark-iv', 'remote');
    await composite.connect('fake-1', 'remote');
    expect(connected).toEqual(['gp-canon-eos-5d-mark-iv', 'fake-1']);
    expect((await composite.getProperties('gp-canon-eos-5d-mark-iv')).length).toBeGreaterThan(5);
    await expectCode(composite.connect('nope', 'remote'), ErrorCode.CameraNotFound);
    expect(composite.version()).toMatch(/sim .* \+ gphoto2 libgphoto2/);
  });

  it('offers a body seen by two drivers once, by the first (CRSDK before gphoto2)', async () => {
    const { fake } = await make(true);
    const added: string[] = [];
    composite.events.on('cameraAdded', (c) => added.push(c.id));
    await composite.start();
    expect((await composite.listCameras()).map((c) => c.id)).toEqual(['fake-1']);
    expect(added).toEqual(['fake-1']);
    await expectCode(composite.connect('gp-canon-eos-5d-mark-iv', 'remote'), ErrorCode.CameraNotFound);
    // A different body on gphoto2 is offered.
    fake.usb = { vendorId: 0x04a9, productId: 0x3281 };
    fake.unplug();
    await composite.listCameras();
    fake.replug();
    expect((await composite.listCameras()).map((c) => c.id).sort()).toEqual([
      'fake-1',
      'gp-canon-eos-5d-mark-iv',
    ]);
  });

  it("reports a driver's failing discovery, named, and keeps offering the others' cameras", async () => {
    const failing = new (class extends FakeDriver {
      failWith: Error | null = new Error('no transport adapters (0x8703)');
      override async listCameras() {
        if (this.failWith) throw this.failWith;
        return super.listCameras();
      }
    })({ idPrefix: 'crsdk' });
    const other = new FakeDriver({ idPrefix: 'gp' });
    composite = new CompositeDriver([failing, other]);
    const reports: { ok: boolean; message?: string }[] = [];
    composite.events.on('discovery', (d) => reports.push(d));
    await composite.start();
    expect((await composite.listCameras()).map((c) => c.id).sort()).toEqual(['crsdk-1', 'gp-1']);
    expect(composite.discoveryState()).toMatchObject({
      ok: false,
      message: 'sim: no transport adapters (0x8703)',
    });
    failing.failWith = null;
    await composite.listCameras();
    expect(composite.discoveryState()).toEqual({ ok: true });
    expect(reports.map((r) => r.ok)).toEqual([false, true]);
  });
});
