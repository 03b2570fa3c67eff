import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DriverUnderTest } from '../../contract/contract-helpers';
import { Gphoto2Driver } from '../gphoto2-driver';
import { FakeGphoto2 } from './fake-gphoto2';

/** A driver over the boundary fake, with its fault hooks, for the contract suite and driver tests. */
export async function makeFakeDriver(): Promise<
  DriverUnderTest & { fake: FakeGphoto2; driver: Gphoto2Driver }
> {
  const fake = await FakeGphoto2.create();
  const saveRoot = await mkdtemp(join(tmpdir(), 'gphoto2-fake-'));
  const driver = new Gphoto2Driver(fake, { hotplugIntervalMs: 50, eventTimeoutMs: 10, saveRoot });
  return {
    driver,
    fake,
    cleanup: () => rm(saveRoot, { recursive: true, force: true }),
    faults: {
      unplug: () => fake.unplug(),
      replug: () => fake.replug(),
      busyOnce: () => fake.busy(1),
      unplugAfterBytes: (_id, bytes) => fake.unplugAfterBytes(bytes),
    },
  };
}
