import { afterEach, describe, expect, it } from 'vitest';
import type { CameraDriver, DriverEventMap } from '../camera/driver';
import { LogBuffer } from '../core/logger';
import { TypedEmitter } from '../core/typed-emitter';
import { ShotDeliveryWatch, hostFilesPerShot } from './shot-delivery';

const events = new TypedEmitter<DriverEventMap>();
const driver = { events } as unknown as CameraDriver;
let watch: ShotDeliveryWatch;
afterEach(() => watch?.detach());

const arrive = (cameraId = 'c1') =>
  events.emit('downloadComplete', {
    cameraId,
    filename: 'DSC00001.JPG',
    stagedPath: '/x/DSC00001.JPG',
    size: 1,
  });

/** True once `p` settled (checked after pending callbacks ran). */
async function isSettled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise<void>((r) => setImmediate(r));
  return done;
}

describe('ShotDeliveryWatch', () => {
  it('counts host files per release from the settings', () => {
    expect(hostFilesPerShot({ destination: 'memory-card', format: 'jpeg', drive: 'single' })).toBe(0);
    expect(hostFilesPerShot({ destination: 'host-pc', format: 'jpeg', drive: 'single' })).toBe(1);
    expect(hostFilesPerShot({ destination: 'both', format: 'raw-jpeg', drive: 'single' })).toBe(2);
    expect(
      hostFilesPerShot({ destination: 'both', format: 'raw-jpeg', pcSave: 'raw-only', drive: 'single' }),
    ).toBe(1);
    expect(hostFilesPerShot({})).toBe(0);
  });

  it('a disconnect waits for the files a shot already taken still owes the host', async () => {
    watch = new ShotDeliveryWatch(driver, new LogBuffer(10, null).logger('t'));
    watch.attach();
    const shot = watch.begin('c1');
    shot.expect(2);
    const settled = watch.settled('c1');
    arrive();
    expect(await isSettled(settled)).toBe(false);
    arrive('other camera');
    expect(await isSettled(settled)).toBe(false);
    arrive();
    expect(await isSettled(settled)).toBe(true);
  });

  it('counts a file that arrives before the count is known, and lets go on a link loss', async () => {
    watch = new ShotDeliveryWatch(driver, new LogBuffer(10, null).logger('t'));
    watch.attach();
    const early = watch.begin('c1');
    arrive();
    early.expect(1);
    expect(await isSettled(watch.settled('c1'))).toBe(true);
    watch.begin('c1').expect(1);
    const waiting = watch.settled('c1');
    expect(await isSettled(waiting)).toBe(false);
    events.emit('disconnected', { cameraId: 'c1', reason: 'unplugged', expected: false });
    expect(await isSettled(waiting)).toBe(true);
  });

  it('a release that never fired owes nothing', async () => {
    watch = new ShotDeliveryWatch(driver, new LogBuffer(10, null).logger('t'));
    watch.attach();
    watch.begin('c1').cancel();
    expect(await isSettled(watch.settled('c1'))).toBe(true);
  });
});
