import { afterEach, describe, expect, it } from 'vitest';
import { simProStudio, type SimProStudio } from '../app/testing/sim-studio';

let h: SimProStudio;
afterEach(async () => {
  await h?.close();
});

const finished = (h: SimProStudio, runId: string) =>
  h.waitFor('sequenceProgress', (r) => r.id === runId && r.state !== 'running');

/** Waits until `n` shots of a group have landed in the session (each announced by `shotReviewChanged`). */
async function groupShots(h: SimProStudio, groupId: string, n: number): Promise<string[]> {
  const ids = new Set<string>();
  await h.waitFor('shotReviewChanged', () => {
    for (const e of h.events)
      if (e.event === 'shotReviewChanged')
        for (const r of e.data.reviews) if (r.group?.id === groupId) ids.add(r.shotId);
    return ids.size >= n;
  });
  return [...ids];
}

describe('SequenceService on the simulator', { timeout: 60_000 }, () => {
  it('brackets 5 frames 1 EV apart by shutter, restores the shutter and groups the files as one set', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    const { sequences } = h.studio.pro;
    const { properties } = h.studio;
    const before = await properties.get(cam, 'shutter-speed');
    const run = await sequences.start(cam, { kind: 'bracket', frames: 5, stepEv: 1 });
    expect(run).toMatchObject({ state: 'running', total: 5, done: 0 });
    await expect(sequences.start(cam, { kind: 'bracket', frames: 3, stepEv: 1 })).rejects.toMatchObject({
      code: 'CAMERA_BUSY',
    });
    const end = await finished(h, run.id);
    expect(end).toMatchObject({ state: 'done', done: 5 });
    const frames = sequences.get(run.id).frames;
    expect(frames.map((f) => f.settings?.ev)).toEqual([
      '±0.0 EV',
      '−1.0 EV',
      '+1.0 EV',
      '−2.0 EV',
      '+2.0 EV',
    ]);
    expect(new Set(frames.map((f) => f.settings?.['shutter-speed'])).size).toBe(5);
    expect((await properties.get(cam, 'shutter-speed')).hex).toBe(before.hex);
    const shots = await groupShots(h, run.groupId, 5);
    const reviews = await h.studio.pro.reviews.list();
    const grouped = reviews.filter((r) => shots.includes(r.shotId));
    expect(grouped.map((r) => r.group?.kind)).toEqual(Array(5).fill('bracket'));
    expect(grouped.map((r) => r.group?.index).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses a bracket by a setting the exposure mode does not let it change', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    await h.studio.properties.set(cam, 'exposure-program-mode', 'program-auto');
    const run = await h.studio.pro.sequences.start(cam, { kind: 'bracket', frames: 3, stepEv: 1 });
    const end = await finished(h, run.id);
    expect(end.state).toBe('failed');
    expect(end.error?.code).toBe('PROPERTY_NOT_WRITABLE');
    expect(end.done).toBe(0);
  });

  it('stacks 10 focus steps near to far in MF and puts the focus mode back', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    const mode = await h.studio.properties.get(cam, 'focus-mode');
    expect(mode.formatted).not.toBe('MF');
    const near = Number((await h.studio.properties.get(cam, 'focus-distance')).value);
    const run = await h.studio.pro.sequences.start(cam, {
      kind: 'focusStack',
      frames: 10,
      stepSize: 3,
      method: 'nearFar',
      settleMs: 0,
    });
    const end = await finished(h, run.id);
    expect(end).toMatchObject({ state: 'done', done: 10 });
    const steps = h.studio.pro.sequences.get(run.id).frames.map((f) => f.settings?.['focus-step']);
    expect(steps[0]).toBe('0 × 3 far');
    expect(steps[9]).toBe('9 × 3 far');
    expect((await h.studio.properties.get(cam, 'focus-mode')).hex).toBe(mode.hex);
    // The simulated lens moved its focus plane farther (its live view and stills render that plane).
    const far = Number((await h.studio.properties.get(cam, 'focus-distance')).value);
    expect(far).toBeGreaterThan(near);
    await groupShots(h, run.groupId, 10);
  });

  it('runs a time-lapse on absolute deadlines and reports each frame with its lateness', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    const run = await h.studio.pro.sequences.start(cam, { kind: 'timelapse', intervalMs: 400, count: 3 });
    const end = await finished(h, run.id);
    expect(end).toMatchObject({ state: 'done', done: 3 });
    const frames = h.studio.pro.sequences.get(run.id).frames;
    for (const f of frames) expect(f.driftMs).toBeGreaterThanOrEqual(0);
    // Start-to-start spacing follows the interval, not interval + capture time.
    expect(frames[2].at - frames[0].at).toBeGreaterThanOrEqual(800 - 5);
    expect(end.drift?.maxMs).toBeDefined();
  });

  it('cancels a running time-lapse and reports it cancelled', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    const run = await h.studio.pro.sequences.start(cam, { kind: 'timelapse', intervalMs: 60_000, count: 10 });
    await h.waitFor('sequenceProgress', (r) => r.id === run.id && r.done === 1);
    const cancelled = await h.studio.pro.sequences.cancel(run.id);
    expect(cancelled).toMatchObject({ state: 'cancelled', done: 1, nextAt: null });
    expect(h.studio.pro.sequences.list()[0].id).toBe(run.id);
    await expect(h.studio.pro.sequences.cancel('seq_nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('runs a bulb exposure on BULB and restores the shutter', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    const before = await h.studio.properties.get(cam, 'shutter-speed');
    const run = await h.studio.pro.sequences.start(cam, { kind: 'bulb', exposureMs: 1000 });
    const end = await finished(h, run.id);
    expect(end).toMatchObject({ state: 'done', done: 1 });
    expect(h.studio.pro.sequences.get(run.id).frames[0].settings).toEqual({ exposure: '1 s' });
    expect((await h.studio.properties.get(cam, 'shutter-speed')).hex).toBe(before.hex);
  });

  it('refuses a bad spec and a camera that is not connected', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    await expect(
      h.studio.pro.sequences.start(cam, { kind: 'bracket', frames: 11, stepEv: 1 } as never),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await h.studio.cameras.disconnect(cam);
    await expect(
      h.studio.pro.sequences.start(cam, { kind: 'bracket', frames: 3, stepEv: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  });
});

describe('SequenceService across a studio restart', { timeout: 60_000 }, () => {
  it('reports a run the studio stopped in the middle of as interrupted, with where it stopped', async () => {
    h = await simProStudio();
    const dataDir = `${h.dir}/data`;
    const [cam] = h.ids;
    const run = await h.studio.pro.sequences.start(cam, { kind: 'timelapse', intervalMs: 60_000, count: 20 });
    await h.waitFor('sequenceProgress', (r) => r.id === run.id && r.done === 1);
    await h.studio.stop();
    const again = await simProStudio(1, dataDir);
    try {
      const [seen] = again.studio.pro.sequences.list();
      expect(seen).toMatchObject({ id: run.id, state: 'interrupted', done: 1, total: 20 });
      expect(seen.warnings.join(' ')).toMatch(/stopped after frame 1/);
    } finally {
      await again.close();
    }
  });
});
