import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});
const cam = 'fake-1';

describe('CameraExtras', () => {
  it('downloads settings files through .part without overwriting, lists and uploads them', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const first = await h.studio.extras.downloadSettings(cam, 'STUDIO.DAT');
    const second = await h.studio.extras.downloadSettings(cam, 'STUDIO.DAT');
    expect([first.filename, second.filename]).toEqual(['STUDIO.DAT', 'STUDIO-1.DAT']);
    const dir = join(h.dir, 'data', 'camera_settings');
    expect((await readdir(dir)).sort()).toEqual(['STUDIO-1.DAT', 'STUDIO.DAT']);
    expect(await h.studio.extras.listSettingsFiles()).toEqual(['STUDIO-1.DAT', 'STUDIO.DAT']);
    await h.studio.extras.uploadSettings(cam, 'STUDIO.DAT');
    // A name given without the extension gets it, so the file is listed and can be loaded.
    expect((await h.studio.extras.downloadSettings(cam, 'Wedding look')).filename).toBe('Wedding look.DAT');
    expect(await h.studio.extras.listSettingsFiles()).toContain('Wedding look.DAT');
    for (const bad of ['../STUDIO.DAT', 'sub/STUDIO.DAT', 'MISSING.DAT'])
      await expect(h.studio.extras.uploadSettings(cam, bad)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
  });

  it('needs a connected camera, and a live-view mode for OSD', async () => {
    h = await fakeStudio();
    await expect(h.studio.extras.downloadSettings(cam)).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
    expect(h.studio.extras.latestOsdFrame(cam)).toBeNull();
    await h.studio.cameras.connect(cam, 'contents');
    await expect(h.studio.extras.setOsdEnabled(cam, true)).rejects.toMatchObject({
      code: 'WRONG_CONNECTION_MODE',
    });
    await h.studio.cameras.disconnect(cam);
    await h.studio.cameras.connect(cam, 'remote');
    expect(h.studio.extras.osdStatus(cam)).toEqual({ supported: false, enabled: false });
    await expect(h.studio.extras.setOsdEnabled(cam, true)).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    expect(await h.studio.extras.fingerprint(cam)).toBeNull();
    await expect(h.studio.extras.fingerprint('nope')).rejects.toMatchObject({ code: 'CAMERA_NOT_FOUND' });
  });

  it('imports only an existing, absolute .cube file into slots 1..16', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const luts = join(h.dir, 'luts');
    await mkdir(luts, { recursive: true });
    await writeFile(join(luts, 'look.cube'), 'LUT_3D_SIZE 2\n');
    expect(await h.studio.extras.importLut(cam, join(luts, 'look.cube'), 3)).toBe(join(luts, 'look.cube'));
    for (const [file, slot] of [
      ['look.cube', 1],
      [join(luts, 'missing.cube'), 1],
      [join(luts, 'look.txt'), 1],
      [join(luts, 'look.cube'), 17],
    ] as const) {
      await expect(h.studio.extras.importLut(cam, file, slot)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    }
  });
});

describe('CardService.saveImage', () => {
  it('writes <name>_<kind>.jpg into an absolute folder, never overwriting; refuses relative folders', async () => {
    h = await fakeStudio({ connect: 'remote-transfer' });
    const file = h.driver.addCardFile(cam, 'DSC00007.ARW', new Uint8Array(2048));
    const ref = { slot: file.slot, contentId: file.contentId, fileId: file.fileId };
    const dir = join(h.dir, 'previews');
    const a = await h.studio.cards.saveImage(cam, ref, 'thumbnail', dir);
    const b = await h.studio.cards.saveImage(cam, ref, 'thumbnail', dir);
    expect([a.path, b.path]).toEqual([
      join(dir, 'DSC00007_thumbnail.jpg'),
      join(dir, 'DSC00007_thumbnail-1.jpg'),
    ]);
    expect(a.size).toBeGreaterThan(4);
    await expect(h.studio.cards.saveImage(cam, ref, 'screennail', 'relative/dir')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(
      h.studio.cards.saveImage(cam, { ...ref, contentId: 999 }, 'thumbnail', dir),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
