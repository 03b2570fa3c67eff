import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  locateVusbBuild,
  seedVirtualCard,
  vusbEnv,
  type VusbBuild,
} from '../../../../../native/gphoto2/build-vusb.mjs';
import type { DriverUnderTest } from '../../contract/contract-helpers';
import { Gphoto2Driver, type Gphoto2DriverOptions } from '../gphoto2-driver';
import { loadGphoto2 } from '../koffi-bindings';
import { KoffiGphoto2 } from '../koffi-gphoto2';

/** True when CI demands the virtual camera (`.ci/run` sets TETHER_REQUIRE_GPHOTO2=1): then a missing build fails. */
export const VUSB_REQUIRED = process.env.TETHER_REQUIRE_GPHOTO2 === '1';

/** Why the vusb tests cannot run here, or null when they can. */
export function vusbMissing(): string | null {
  if (process.platform !== 'linux') return 'the libgphoto2 virtual camera is built on Linux only';
  return locateVusbBuild()
    ? null
    : 'no libgphoto2 vusb build in the cache: run `node native/gphoto2/build-vusb.mjs --install-deps` (as root) once';
}

/** One process-wide virtual camera: libgphoto2 reads VCAMERADIR, CAMLIBS and IOLIBS once, on first use. */
export interface VirtualCamera {
  build: VusbBuild;
  api: KoffiGphoto2;
  /** The folder the virtual card serves (DCIM/100NIKON/DSC_000n.JPG). */
  cardDir: string;
  /** Temp folder holding the card and HOME (libgphoto2 writes ~/.gphoto/settings). */
  root: string;
}

let shared: Promise<VirtualCamera> | null = null;

/** Seeds a card, points libgphoto2 at the vusb build and loads it (once per process). */
export function virtualCamera(): Promise<VirtualCamera> {
  shared ??= (async () => {
    const build = locateVusbBuild();
    if (!build) throw new Error(vusbMissing() ?? 'no vusb build');
    const root = await mkdtemp(join(tmpdir(), 'gphoto2-vusb-'));
    const cardDir = join(root, 'card');
    await seedVirtualCard(cardDir, { count: 3 });
    Object.assign(process.env, vusbEnv(build, cardDir), { HOME: root });
    return { build, api: new KoffiGphoto2(loadGphoto2(build.library)), cardDir, root };
  })();
  return shared;
}

/** Removes the temp folder (after the file's last test). */
export async function releaseVirtualCamera(): Promise<void> {
  if (!shared) return;
  const { root } = await shared;
  await rm(root, { recursive: true, force: true });
}

/** A driver over the virtual camera, for the contract suite. */
export async function makeVusbDriver(options: Gphoto2DriverOptions = {}): Promise<DriverUnderTest> {
  const cam = await virtualCamera();
  const saveRoot = await mkdtemp(join(cam.root, 'save-'));
  const driver = new Gphoto2Driver(cam.api, { hotplugIntervalMs: 0, saveRoot, ...options });
  return { driver, cleanup: () => rm(saveRoot, { recursive: true, force: true }) };
}
