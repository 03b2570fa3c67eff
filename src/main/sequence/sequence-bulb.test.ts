import exifr from 'exifr';
import { afterEach, describe, expect, it } from 'vitest';
import { simProStudio, type SimProStudio } from '../app/testing/sim-studio';

let h: SimProStudio;
afterEach(async () => {
  await h?.close();
});

const finished = (h: SimProStudio, runId: string) =>
  h.waitFor('sequenceProgress', (r) => r.id === runId && r.state !== 'running');

/** The EXIF exposure time of the one shot a run's group landed in the session. */
async function exposureOf(h: SimProStudio, groupId: string): Promise<number> {
  const review = await h.waitFor('shotReviewChanged', (e) => e.reviews.some((r) => r.group?.id === groupId));
  const shotId = review.reviews.find((r) => r.group?.id === groupId)!.shotId;
  const shot = (await h.studio.sessions.shots()).find((s) => s.id === shotId)!;
  const exif = (await exifr.parse(shot.path)) as { ExposureTime: number };
  return exif.ExposureTime;
}

describe('BULB runs on the simulator (the studio times the exposure)', { timeout: 60_000 }, () => {
  it('a timed BULB exposure reports when it opened and closes, and the EXIF says its length', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    await h.studio.properties.set(h.ids[0], 'long-exposure-nr', 'off');
    const run = await h.studio.pro.sequences.start(cam, { kind: 'bulb', exposureMs: 1500 });
    const open = await h.waitFor('sequenceProgress', (r) => r.id === run.id && r.exposure !== undefined);
    expect(open.exposure!.closesAt! - open.exposure!.openedAt).toBe(1500);
    const end = await finished(h, run.id);
    expect(end).toMatchObject({ state: 'done', done: 1 });
    expect(end.exposure).toBeUndefined();
    const seconds = await exposureOf(h, run.groupId);
    expect(seconds).toBeGreaterThanOrEqual(1.5);
    expect(seconds).toBeLessThan(3);
  });

  it('a held exposure stays open until it is ended; the frame records and the EXIF says the held time', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    await h.studio.properties.set(cam, 'long-exposure-nr', 'off');
    const { sequences } = h.studio.pro;
    const started = performance.now();
    const run = await sequences.start(cam, { kind: 'bulb', exposureMs: 600_000, hold: true });
    const open = await h.waitFor('sequenceProgress', (r) => r.id === run.id && r.exposure !== undefined);
    expect(open.exposure!.closesAt).toBeNull();
    // The photographer holds the button for (at least) a second: an input, not a wait for an event.
    await new Promise((r) => setTimeout(r, 1000));
    expect(sequences.get(run.id)).toMatchObject({ state: 'running', done: 0 });
    sequences.endExposure(run.id);
    const end = await finished(h, run.id);
    const elapsed = (performance.now() - started) / 1000;
    expect(end).toMatchObject({ state: 'done', done: 1 });
    const held = sequences.get(run.id).frames[0].settings?.exposure ?? '';
    expect(held).toMatch(/^\d+\.\d s \(held\)$/);
    const seconds = await exposureOf(h, run.groupId);
    // The body's open time spans the studio's (release down … up) and fits in the run.
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeGreaterThanOrEqual(Number.parseFloat(held) - 0.1);
    expect(seconds).toBeLessThanOrEqual(elapsed);
  });

  it('a hold let go before the shutter opened ends as soon as it opens; ending nothing is refused', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    const { sequences } = h.studio.pro;
    const run = await sequences.start(cam, { kind: 'bulb', exposureMs: 600_000, hold: true });
    sequences.endExposure(run.id);
    expect(await finished(h, run.id)).toMatchObject({ state: 'done', done: 1 });
    expect(sequences.endExposure(run.id).state).toBe('done');
    const lapse = await sequences.start(cam, { kind: 'timelapse', intervalMs: 60_000, count: 2 });
    await h.waitFor('sequenceProgress', (r) => r.id === lapse.id && r.done === 1);
    expect(() => sequences.endExposure(lapse.id)).toThrow(/no BULB exposure/);
    await sequences.cancel(lapse.id);
  });
});
