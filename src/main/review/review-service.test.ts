import { readFile } from 'node:fs/promises';
import { ExifTool } from 'exiftool-vendored';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ShotInfo } from '../../shared/studio-types';
import { simProStudio, type SimProStudio } from '../app/testing/sim-studio';
import { sidecarPaths } from './xmp-sidecars';

let h: SimProStudio;
const exiftool = new ExifTool({ maxProcs: 1 });
afterEach(async () => {
  await h?.close();
});
afterAll(async () => {
  await exiftool.end();
});

/** Fires one frame and resolves with its shot once the file is in the session. */
async function shoot(h: SimProStudio): Promise<ShotInfo> {
  const known = new Set((await h.studio.sessions.shots()).map((s) => s.id));
  await h.studio.capture.capture(h.ids[0], { autofocus: false });
  // The review service announces every new shot once it is in the session.
  const e = await h.waitFor('shotReviewChanged', (d) => d.reviews.some((r) => !known.has(r.shotId)));
  return h.studio.sessions.shot(e.reviews.find((r) => !known.has(r.shotId))!.shotId);
}

describe('ReviewService', { timeout: 60_000 }, () => {
  it('writes rating, label and pick into XMP sidecars that other programs read, and reads edits back', async () => {
    h = await simProStudio();
    const shot = await shoot(h);
    const [reviewed] = await h.studio.pro.reviews.review([shot.id], { rating: 4, label: 'red' });
    expect(reviewed).toMatchObject({ shotId: shot.id, rating: 4, label: 'red', pick: 'none' });
    const [primary, darktable] = sidecarPaths(shot.path);
    expect(primary).toMatch(/\.xmp$/);
    expect(darktable).toBe(`${shot.path}.xmp`);
    for (const file of [primary, darktable]) {
      const tags = (await exiftool.read(file)) as unknown as Record<string, unknown>;
      expect(tags.Rating).toBe(4);
      expect(tags.Label).toBe('Red');
    }
    expect(await readFile(primary, 'utf8')).toMatch(/xmp:Rating="4"|<xmp:Rating>4</);

    // Rejected: Lightroom, Bridge and darktable read xmp:Rating −1.
    await h.studio.pro.reviews.review([shot.id], { pick: 'reject' });
    expect(((await exiftool.read(primary)) as unknown as Record<string, unknown>).Rating).toBe(-1);

    // Another program edits the sidecar; a studio that loads the session afresh shows its rating.
    await exiftool.write(primary, { Rating: 2, Label: 'Green' } as never, {
      writeArgs: ['-overwrite_original'],
    });
    const dataDir = `${h.dir}/data`;
    await h.studio.stop();
    const again = await simProStudio(1, dataDir);
    try {
      const hit = (await again.studio.pro.reviews.list()).find((r) => r.shotId === shot.id);
      expect(hit).toMatchObject({ rating: 2, label: 'green', pick: 'none' });
    } finally {
      await again.close();
    }
  });

  it('writes the next-capture metadata into every new shot', async () => {
    h = await simProStudio();
    await h.studio.pro.reviews.setCaptureMetadata({
      rating: 3,
      keywords: ['studio', 'red dress'],
      caption: 'Look 4',
      copyright: '© 2026 A. Photographer',
      creator: 'A. Photographer',
    });
    expect(h.studio.pro.reviews.captureMetadata().keywords).toEqual(['studio', 'red dress']);
    const shot = await shoot(h);
    await h.waitFor('shotReviewChanged', (e) =>
      e.reviews.some((r) => r.shotId === shot.id && r.rating === 3),
    );
    const tags = (await exiftool.read(sidecarPaths(shot.path)[0])) as unknown as Record<string, unknown>;
    expect(tags).toMatchObject({
      Rating: 3,
      Subject: ['studio', 'red dress'],
      Description: 'Look 4',
      Rights: '© 2026 A. Photographer',
      Creator: ['A. Photographer'],
    });
  });

  it('rates a RAW+JPEG pair as one picture: both files, the shared sidecar and each darktable sidecar', async () => {
    h = await simProStudio();
    const id = h.ids[0];
    await h.studio.properties.setPriorityKey(id, 'pc-remote');
    await h.studio.properties.set(id, 'file-format', 'raw-jpeg');
    await h.studio.properties.set(id, 'still-image-store-destination', 'host-pc');
    await h.studio.capture.capture(id, { autofocus: false });
    // The review service announces each file once it is in the session: wait for both.
    const announced = () =>
      new Set(
        h.events.flatMap((e) => (e.event === 'shotReviewChanged' ? e.data.reviews.map((r) => r.shotId) : [])),
      );
    await h.waitFor('shotReviewChanged', () => announced().size >= 2);
    const shots = await h.studio.sessions.shots();
    expect(shots.map((s) => s.kind).sort()).toEqual(['jpeg', 'raw']);
    const jpeg = shots.find((s) => s.kind === 'jpeg')!;
    const raw = shots.find((s) => s.kind === 'raw')!;

    const changed = await h.studio.pro.reviews.review([jpeg.id], { rating: 5, label: 'blue' });
    expect(changed.map((r) => r.shotId).sort()).toEqual([jpeg.id, raw.id].sort());
    const listed = await h.studio.pro.reviews.list();
    for (const s of [jpeg, raw])
      expect(listed.find((r) => r.shotId === s.id)).toMatchObject({ rating: 5, label: 'blue' });
    const files = new Set([...sidecarPaths(jpeg.path), ...sidecarPaths(raw.path)]);
    // NAME.xmp (Lightroom, Capture One) is shared; darktable keeps NAME.ARW.xmp and NAME.JPG.xmp.
    expect(files.size).toBe(3);
    for (const file of files) {
      const tags = (await exiftool.read(file)) as unknown as Record<string, unknown>;
      expect(tags).toMatchObject({ Rating: 5, Label: 'Blue' });
    }
  });

  it('refuses bad input with INVALID_ARGUMENT and unknown shots with NOT_FOUND, writing nothing', async () => {
    h = await simProStudio();
    await expect(h.studio.pro.reviews.review(['shot_nope'], { rating: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(h.studio.pro.reviews.review([], { rating: 9 } as never)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(h.studio.pro.reviews.setCaptureMetadata({ caption: 'a\u0007b' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(h.studio.pro.reviews.captureMetadata()).toEqual({});
  });
});
