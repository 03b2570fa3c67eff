import { readdir } from 'node:fs/promises';
import exifr from 'exifr';
import { afterEach, describe, expect, it } from 'vitest';
import type { AfState } from '../../../shared/camera-types';
import type { DriverEventMap } from '../driver';
import { simKit, type SimKit } from './sim-test-kit';

let kit: SimKit;
afterEach(async () => kit?.cleanup());

/** Collects `count` events of a kind for the kit's camera. */
function collect<K extends keyof DriverEventMap>(
  k: SimKit,
  event: K,
  count: number,
): Promise<DriverEventMap[K][]> {
  const got: DriverEventMap[K][] = [];
  return new Promise((resolve) => {
    const off = k.driver.events.on(event, (e) => {
      if ((e as { cameraId?: string }).cameraId !== k.id) return;
      got.push(e);
      if (got.length === count) {
        off();
        resolve(got);
      }
    });
  });
}

describe('sim capture', () => {
  it('S1 runs AF: focusing, focused, focus indication; unlock reports unlocked', async () => {
    kit = await simKit();
    const states: AfState[] = [];
    kit.driver.events.on('afStatus', (e) => states.push(e.state));
    const indication = kit.next('propertyChanged', (e) => e.codes.includes(kit.code('focus-indication')));
    const focused = kit.next('afStatus', (e) => e.state === 'focused');
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'lock' });
    await focused;
    await indication;
    expect((await kit.prop('focus-indication')).value).toBe(kit.raw('focus-indication', 'focused-af-s'));
    const unlocked = kit.next('afStatus', (e) => e.state === 'unlocked');
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'unlock' });
    await unlocked;
    expect(states).toEqual(['focusing', 'focused', 'unlocked']);
    expect((await kit.prop('focus-indication')).value).toBe(kit.raw('focus-indication', 'unlocked'));
  });

  it('tracks in AF-C with a tracking area and reports a tracking frame', async () => {
    kit = await simKit();
    await kit.set('focus-mode', 'af-c');
    await kit.set('focus-area', 'tracking-flexible-spot-m');
    const tracking = kit.next('afStatus', (e) => e.state === 'tracking');
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'lock' });
    await tracking;
    expect(await kit.driver.getTrackingFrames(kit.id)).toMatchObject([{ type: 'target-af' }]);
    expect((await kit.prop('focus-indication')).value).toBe(
      kit.raw('focus-indication', 'tracking-subject-af-c'),
    );
  });

  it('reports AF failure when the fault is injected', async () => {
    kit = await simKit();
    kit.driver.faults(kit.id).afFail();
    const failed = kit.next('afStatus', (e) => e.state === 'failed');
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'lock' });
    await failed;
    expect((await kit.driver.getFocusFrames(kit.id))[0].state).toBe('not-focused');
  });

  it('clamps the AF frame like the body and reports none for Wide', async () => {
    kit = await simKit();
    await kit.driver.setAfAreaPosition(kit.id, 0, 0);
    expect((await kit.driver.getFocusFrames(kit.id))[0].position).toEqual({ x: 65, y: 61 });
    await kit.set('focus-area', 'expand-flexible-spot');
    expect((await kit.driver.getFocusFrames(kit.id)).map((f) => f.size.width)).toEqual([38, 76]);
    await kit.set('focus-area', 'wide');
    expect(await kit.driver.getFocusFrames(kit.id)).toEqual([]);
  });

  it('delivers RAW+JPEG under one number to host and card, EXIF included, no .part left', async () => {
    kit = await simKit();
    await kit.set('file-format', 'raw-jpeg');
    const downloads = collect(kit, 'downloadComplete', 2);
    const card = kit.next('contentsChanged');
    await kit.driver.sendCommand(kit.id, { type: 'afShutter' });
    const [raw, jpeg] = await downloads;
    expect([raw.filename, jpeg.filename]).toEqual(['DSC00001.ARW', 'DSC00001.JPG']);
    expect(raw.size).toBeGreaterThan(25_000_000);
    const added = (await card).added;
    expect(added.map((f) => f.name.replace(/\.\w+$/, ''))).toEqual([
      added[0].name.replace(/\.\w+$/, ''),
      added[0].name.replace(/\.\w+$/, ''),
    ]);
    expect(new Set(added.map((f) => f.contentId)).size).toBe(1);
    const exif = await exifr.parse(jpeg.stagedPath);
    expect(exif).toMatchObject({
      Make: 'SONY',
      Model: 'ILCE-7M4',
      ISO: 800,
      FNumber: 5.6,
      ExposureTime: 1 / 125,
    });
    expect((await readdir(kit.dir)).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('honours the store destination and the RAW+J PC save setting', async () => {
    kit = await simKit();
    const events: string[] = [];
    kit.driver.events.on('downloadComplete', (e) => events.push(`host ${e.filename}`));
    kit.driver.events.on('contentsChanged', (e) => events.push(`card ${e.added.length}`));
    await kit.set('still-image-store-destination', 'memory-card');
    const onCard = kit.next('contentsChanged');
    await kit.driver.sendCommand(kit.id, { type: 'afShutter' });
    await onCard;
    await kit.set('still-image-store-destination', 'host-pc');
    await kit.set('file-format', 'raw-jpeg');
    await kit.set('raw-jpeg-pc-save-image', 'jpeg-only');
    const onHost = kit.next('downloadComplete');
    await kit.driver.sendCommand(kit.id, { type: 'afShutter' });
    await onHost;
    // Shots are delivered in order, so nothing else can still be on its way.
    expect(events).toEqual(['card 1', 'host DSC00001.JPG']);
  });

  it('fails shots to a full card with a CARD_FULL error and keeps shooting to the host', async () => {
    kit = await simKit();
    kit.driver.faults(kit.id).cardFull();
    expect((await kit.driver.getCardSlots(kit.id))[0]).toMatchObject({ status: 'full', remainingPhotos: 0 });
    const error = kit.next('error');
    await kit.driver.sendCommand(kit.id, { type: 'afShutter' });
    expect((await error).error.code).toBe('CARD_FULL');
    await kit.set('still-image-store-destination', 'host-pc');
    const host = kit.next('downloadComplete');
    await kit.driver.sendCommand(kit.id, { type: 'afShutter' });
    expect((await host).filename).toBe('DSC00001.JPG');
  });

  it('shoots a burst while the release is held in continuous drive', async () => {
    kit = await simKit();
    await kit.set('drive-mode', 'continuous-hi');
    await kit.set('still-image-store-destination', 'memory-card');
    const three = collect(kit, 'contentsChanged', 3);
    await kit.driver.sendCommand(kit.id, { type: 'release', action: 'down' });
    const shots = await three;
    await kit.driver.sendCommand(kit.id, { type: 'release', action: 'up' });
    const names = shots.map((s) => s.added[0].name);
    expect(new Set(names).size).toBe(3);
    expect(names).toEqual([...names].sort());
  });

  it('records a movie clip onto the card', async () => {
    kit = await simKit();
    const recording = kit.next('propertyChanged', (e) => e.codes.includes(kit.code('recording-state')));
    await kit.driver.sendCommand(kit.id, { type: 'movieRecord', action: 'toggle' });
    await recording;
    const clip = kit.next('contentsChanged');
    await kit.driver.sendCommand(kit.id, { type: 'movieRecord', action: 'toggle' });
    expect((await clip).added[0]).toMatchObject({ kind: 'movie', name: 'C0001.MP4' });
  });

  it('shoots without AF in MF', async () => {
    kit = await simKit();
    await kit.set('focus-mode', 'mf');
    const states: AfState[] = [];
    kit.driver.events.on('afStatus', (e) => states.push(e.state));
    const shot = kit.next('downloadComplete');
    await kit.driver.sendCommand(kit.id, { type: 'afShutter' });
    await shot;
    // AF would have reported before the shot was even taken.
    expect(states).toEqual([]);
  });

  it('refuses zoom without power zoom, near/far outside MF and a cancel without a touch', async () => {
    kit = await simKit();
    await expect(kit.driver.sendCommand(kit.id, { type: 'zoom', speed: 3 })).rejects.toMatchObject({
      code: 'NOT_SUPPORTED',
    });
    await expect(kit.driver.sendCommand(kit.id, { type: 'focusNearFar', step: 2 })).rejects.toMatchObject({
      code: 'OPERATION_REJECTED',
    });
    await expect(kit.driver.sendCommand(kit.id, { type: 'touchCancel' })).rejects.toMatchObject({
      code: 'OPERATION_REJECTED',
    });
  });
});
