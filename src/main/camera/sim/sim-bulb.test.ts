import exifr from 'exifr';
import { afterEach, describe, expect, it } from 'vitest';
import { SHUTTER_BULB, shutterValue } from '../../../shared/properties';
import { simKit, type SimKit } from './sim-test-kit';

let kit: SimKit;
afterEach(async () => kit?.cleanup());

/** The exposure's length: the test holds the shutter open this long (an input, not a wait for an event). */
const hold = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function bulbKit(nr: 'on' | 'off'): Promise<SimKit> {
  const k = await simKit();
  await k.set('focus-mode', 'mf');
  await k.set('iso', 100);
  await k.set('shutter-speed', SHUTTER_BULB);
  // The body ships with long-exposure NR on.
  if (nr === 'off') await k.set('long-exposure-nr', 'off');
  expect((await k.prop('long-exposure-nr')).value).toBe(k.raw('long-exposure-nr', nr));
  await k.set('still-image-store-destination', 'host-pc');
  return k;
}

describe('sim BULB', () => {
  it('keeps the shutter open from release down to up; EXIF says the open time; live view pauses', async () => {
    kit = await bulbKit('off');
    const k = kit;
    await k.driver.startLiveView(k.id);
    await k.next('frame');
    const frames: number[] = [];
    k.driver.events.on('frame', (f) => frames.push(f.seq));
    const exposed: string[] = [];
    k.driver.events.on('operationResult', (e) => exposed.push(`${e.operation} ${e.result}`));
    const shot = k.next('downloadComplete');

    const t0 = performance.now();
    await k.driver.sendCommand(k.id, { type: 'release', action: 'down' });
    const whileOpen = frames.length;
    await hold(1200);
    expect(frames.length).toBe(whileOpen);
    expect(k.driver.getLatestFrame(k.id)).not.toBeNull();
    expect(exposed).toEqual([]);
    await k.driver.sendCommand(k.id, { type: 'release', action: 'up' });
    const t1 = performance.now();
    expect(exposed).toEqual(['capture exposed']);

    const done = await shot;
    const exif = await exifr.parse(done.stagedPath);
    expect(exif.ExposureTime).toBeGreaterThanOrEqual(1.2);
    expect(exif.ExposureTime).toBeLessThanOrEqual((t1 - t0) / 1000 + 0.001);
    expect(exif.ExposureProgram).toBe('Manual');
    // Frames come back once the shutter closed.
    const resumed = await k.next('frame');
    expect(resumed.seq).toBeGreaterThan(frames[whileOpen - 1] ?? 0);
  });

  it('with long-exposure NR the body takes a dark frame as long as the exposure before delivering', async () => {
    kit = await bulbKit('on');
    const k = kit;
    const shot = k.next('downloadComplete');
    await k.driver.sendCommand(k.id, { type: 'release', action: 'down' });
    await hold(1000);
    await k.driver.sendCommand(k.id, { type: 'release', action: 'up' });
    const closed = performance.now();
    const done = await shot;
    const exif = await exifr.parse(done.stagedPath);
    // The dark frame takes as long as the exposure; the EXIF still names the exposure alone.
    expect(performance.now() - closed).toBeGreaterThanOrEqual(exif.ExposureTime * 1000 - 20);
    expect(exif.ExposureTime).toBeGreaterThanOrEqual(1);
    expect(exif.ExposureTime).toBeLessThan(2);
  });

  it('a long timed exposure (1") is delivered after its exposure time, EXIF 1 s', async () => {
    kit = await simKit();
    const k = kit;
    await k.set('focus-mode', 'mf');
    await k.set('shutter-speed', shutterValue(10, 10));
    await k.set('long-exposure-nr', 'off');
    await k.set('still-image-store-destination', 'host-pc');
    const shot = k.next('downloadComplete');
    const t0 = performance.now();
    await k.driver.sendCommand(k.id, { type: 'afShutter' });
    const done = await shot;
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1000 - 20);
    expect((await exifr.parse(done.stagedPath)).ExposureTime).toBe(1);
  });
});
