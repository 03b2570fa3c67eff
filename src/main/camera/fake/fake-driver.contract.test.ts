import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDriverContract } from '../contract/driver-contract';
import { FakeDriver } from './fake-driver';
import { contractProps } from './fake-props';

/** Card contents of a fake body: a RAW+JPEG pair, a small JPEG and a 3 MB clip (for mid-read unplugs). */
function seedCard(driver: FakeDriver, id: string): void {
  const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);
  driver.addCardFile(id, 'DSC00001.ARW', bytes(40_000, 1), { contentId: 1, fileId: 1 });
  driver.addCardFile(id, 'DSC00001.JPG', bytes(12_000, 2), { contentId: 1, fileId: 2 });
  driver.addCardFile(id, 'DSC00002.JPG', bytes(9_000, 3), { contentId: 2, fileId: 1 });
  driver.addCardFile(id, 'C0001.MP4', bytes(3 * 1024 * 1024, 4), { contentId: 3, fileId: 1 });
}

// The fake every studio unit test uses runs the same contract the simulator and the CRSDK driver run.
runDriverContract('FakeDriver (studio unit tests)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fake-contract-'));
  const driver = new FakeDriver({
    cameras: 2,
    props: contractProps(),
    frameIntervalMs: 5,
    chunkSize: 16 * 1024,
  });
  for (const id of driver.cameras.keys()) seedCard(driver, id);
  return {
    driver,
    cleanup: () => rm(dir, { recursive: true, force: true }),
    faults: {
      unplug: (id) => driver.unplug(id),
      replug: (id) => driver.replug(id),
      busyOnce: () => driver.busyNext(1),
      unplugAfterBytes: (id, n) => driver.failNextStreamAt(n, () => driver.unplug(id)),
    },
  };
});
