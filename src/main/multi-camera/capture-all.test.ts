import { afterEach, describe, expect, it } from 'vitest';
import { simProStudio, type SimProStudio } from '../app/testing/sim-studio';

let h: SimProStudio;
afterEach(async () => {
  await h?.close();
});

describe('CaptureAll on three simulated bodies', { timeout: 60_000 }, () => {
  it('fires every connected body at once, tags each shot by camera and reports the skew', async () => {
    h = await simProStudio(3);
    expect(h.ids).toHaveLength(3);
    const result = await h.studio.pro.multiCamera.captureAll();
    expect(result.shots.map((s) => s.cameraId).sort()).toEqual([...h.ids].sort());
    expect(result.shots.every((s) => s.ok)).toBe(true);
    expect(Math.min(...result.shots.map((s) => s.offsetMs))).toBe(0);
    expect(result.skewMs).toBe(Math.max(...result.shots.map((s) => s.offsetMs)));
    expect(await h.waitFor('captureAll')).toEqual(result);

    // Each body's file joins the set, with its camera and its own offset.
    const seen = new Map<string, number | undefined>();
    await h.waitFor('shotReviewChanged', () => {
      for (const e of h.events)
        if (e.event === 'shotReviewChanged')
          for (const r of e.data.reviews)
            if (r.group?.id === result.groupId) seen.set(r.shotId, r.group.skewMs);
      return seen.size === 3;
    });
    const shots = (await h.studio.sessions.shots()).filter((s) => seen.has(s.id));
    expect(shots.map((s) => s.cameraId).sort()).toEqual([...h.ids].sort());
    for (const s of shots) {
      const offset = result.shots.find((x) => x.cameraId === s.cameraId)?.offsetMs;
      expect(seen.get(s.id)).toBe(offset);
    }
  });

  it('fires only the bodies named, and refuses when a named body or every body is not connected', async () => {
    h = await simProStudio(2);
    const [a, b] = h.ids;
    const one = await h.studio.pro.multiCamera.captureAll({ cameraIds: [a] });
    expect(one.shots.map((s) => s.cameraId)).toEqual([a]);
    expect(one.skewMs).toBe(0);
    await h.studio.cameras.disconnect(b);
    await expect(h.studio.pro.multiCamera.captureAll({ cameraIds: [a, b] })).rejects.toMatchObject({
      code: 'NOT_CONNECTED',
    });
    await h.studio.cameras.disconnect(a);
    await expect(h.studio.pro.multiCamera.captureAll()).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  });
});
