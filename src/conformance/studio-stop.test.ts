import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSimStudio } from './sim-studio';

// stop() resolves only once every thumbnail written behind an answer is on disk, so whoever removes the
// data folder right after it (a test, an uninstall, a user) never races a late write.
describe('studio stop', () => {
  it('waits for the thumbnail written behind a new shot before it resolves', async () => {
    const { studio, dir } = await startSimStudio();
    try {
      const [cam] = await studio.cameras.list();
      await studio.cameras.connect(cam.id, 'remote');
      const added = studio.bus.waitFor('shotAdded', () => true, 15_000);
      await studio.capture.capture(cam.id, { autofocus: false });
      const shot = await added;
      // The shot's thumbnail is being filed in the disk cache now (started by shotAdded); stop at once.
      await studio.stop();
      const cache = await readdir(join(dir, 'data', 'cache', 'shots'));
      expect(cache).toContain(`${shot.id}-thumbnail.jpg`);
      expect(cache.filter((f) => f.endsWith('.part'))).toEqual([]);
    } finally {
      await studio.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
