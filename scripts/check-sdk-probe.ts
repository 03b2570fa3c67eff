// Runs inside `npm run check:sdk` under the node that has CrAdapter/ beside it: loads the bridge in
// `process.argv[2]` through the app's own CRSDK driver (koffi -> C ABI -> bridge -> Cr_Core), starts it (SDK
// init + enumeration), and prints one JSON line: SDK version, adapter folder, discovery state, cameras.
import { adapterDirFor, isDir } from '../native/crsdk-host.cjs';
import { createCrsdkDriver } from '../src/main/camera/crsdk/create-driver';
import { locateNativeLibrary } from '../src/main/camera/crsdk/library-path';
import { LogBuffer } from '../src/main/core/logger';

const libDir = process.argv[2];
const library = locateNativeLibrary({ TETHER_CRSDK_LIB_DIR: libDir });
if (!library || library.dir !== libDir) throw new Error(`no bridge library in ${libDir}`);
const driver = createCrsdkDriver({
  library,
  hotplugIntervalMs: 0,
  logger: new LogBuffer(100, null).logger('check'),
});
const adapterDir = adapterDirFor(process.execPath);
try {
  await driver.start();
  const cameras = await driver.listCameras();
  const version = driver.version();
  process.stdout.write(
    `${JSON.stringify({
      sdkVersion: version.replace(/-standin$/, ''),
      standin: version.endsWith('-standin'),
      executable: process.execPath,
      adapterDir,
      adapterPresent: isDir(adapterDir),
      discovery: driver.discoveryState(),
      cameras: cameras.map((c) => ({ id: c.id, model: c.model })),
    })}\n`,
  );
} finally {
  await driver.stop();
}
