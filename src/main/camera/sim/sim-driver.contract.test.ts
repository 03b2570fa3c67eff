import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDriverContract } from '../contract/driver-contract';
import { SimDriver } from './sim-driver';

// The simulated driver runs the same contract the CRSDK driver runs, with its fault API as the hooks.
runDriverContract('SimDriver', async () => {
  const saveRoot = await mkdtemp(join(tmpdir(), 'sim-contract-'));
  const driver = new SimDriver({ cameras: 2, saveRoot, connectDelayMs: 5 });
  return {
    driver,
    cleanup: () => rm(saveRoot, { recursive: true, force: true }),
    faults: {
      unplug: (id) => driver.unplug(id),
      replug: (id) => driver.replug(id),
      busyOnce: (id) => driver.faults(id).busy(1),
      unplugAfterBytes: (id, bytes) => driver.faults(id).unplugAfterBytes(bytes),
    },
  };
});
