import { afterEach, describe, expect, it } from 'vitest';
import type { LiveViewFrame } from '../../shared/camera-types';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});

const streaming = (h: FakeStudio, on: boolean) =>
  h.studio.bus.waitFor('liveViewState', (e) => e.streaming === on);

describe('LiveViewHub', () => {
  it('starts the driver once for many consumers and stops after the last leaves', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const hub = h.studio.liveView;
    const started = streaming(h, true);
    const offs = Array.from({ length: 5 }, () => hub.subscribe('fake-1', () => undefined));
    await started;
    expect(h.driver.calls.startLiveView).toBe(1);
    expect(hub.status('fake-1')).toMatchObject({ streaming: true, consumers: 5 });
    offs.slice(0, 4).forEach((off) => off());
    offs[0]();
    expect(h.driver.calls.stopLiveView).toBe(0);
    const stopped = streaming(h, false);
    offs[4]();
    await stopped;
    expect(h.driver.calls.stopLiveView).toBe(1);
    expect(hub.status('fake-1').consumers).toBe(0);
  });

  it('hands the same frame object to every consumer and keeps only the latest', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const hub = h.studio.liveView;
    const got: LiveViewFrame[][] = [[], [], [], []];
    const started = streaming(h, true);
    got.forEach((list) => hub.subscribe('fake-1', (f) => list.push(f)));
    await started;
    const frames = [1, 2, 3].map(() => h.driver.emitFrame('fake-1'));
    for (const list of got) {
      expect(list).toHaveLength(3);
      list.forEach((f, i) => expect(f).toBe(frames[i]));
    }
    expect(hub.latest('fake-1')).toBe(frames[2]);
    const late: LiveViewFrame[] = [];
    hub.subscribe('fake-1', (f) => late.push(f));
    expect(late).toEqual([]);
  });

  it('isolates a throwing consumer', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const started = streaming(h, true);
    h.studio.liveView.subscribe('fake-1', () => {
      throw new Error('boom');
    });
    const seen: number[] = [];
    h.studio.liveView.subscribe('fake-1', (f) => seen.push(f.seq));
    await started;
    const frame = h.driver.emitFrame('fake-1');
    expect(seen).toEqual([frame?.seq]);
  });

  it('starts when the camera connects if someone is already watching, and clears on disconnect', async () => {
    h = await fakeStudio();
    h.studio.liveView.subscribe('fake-1', () => undefined);
    expect(h.driver.calls.startLiveView).toBe(0);
    const started = streaming(h, true);
    await h.studio.cameras.connect('fake-1', 'remote');
    await started;
    h.driver.emitFrame('fake-1');
    expect(h.studio.liveView.latest('fake-1')).not.toBeNull();
    h.driver.unplug('fake-1');
    expect(h.studio.liveView.latest('fake-1')).toBeNull();
  });

  it('holds the stream for the explicit Alpha API start/stop', async () => {
    h = await fakeStudio({ connect: 'remote' });
    await h.studio.liveView.start('fake-1');
    await h.studio.liveView.start('fake-1');
    expect(h.driver.calls.startLiveView).toBe(1);
    const off = h.studio.liveView.subscribe('fake-1', () => undefined);
    off();
    await h.studio.liveView.stop('fake-1');
    expect(h.driver.calls.stopLiveView).toBe(1);
    await expect(h.studio.liveView.start('nope')).rejects.toMatchObject({ code: 'CAMERA_NOT_FOUND' });
  });
});
