/**
 * The studio a fault-injection run kills: the real composition root (createStudio over the simulated camera)
 * and the real REST server, in a child process. Prints `READY <url>` once it serves; runs until killed.
 * Arguments: <dataDir> <sessionRoot> <card read rate, bytes/s>.
 */
import { join } from 'node:path';
import { createStudio } from '../../main/app/create-studio';
import { SimDriver } from '../../main/camera/sim/sim-driver';
import { installProcessGuards } from '../../main/core/process-guards';
import { createLogger } from '../../main/core/logger';
import { startServer } from '../../main/server/server';

const [dataDir, sessionRoot, rate] = process.argv.slice(2);
if (!dataDir || !sessionRoot) {
  console.error('usage: fault-child <dataDir> <sessionRoot> [rate]');
  process.exit(2);
}
installProcessGuards(createLogger('fault-child'));
const driver = new SimDriver({
  cameras: 1,
  connectDelayMs: 2,
  rateBytesPerSec: Number(rate) || 30 * 1024 * 1024,
  saveRoot: join(dataDir, 'camera'),
});
const studio = await createStudio({
  dataDir,
  sessionRoot,
  driver: 'sim',
  driverInstance: driver,
  autoConnect: false,
  logDir: join(dataDir, 'logs'),
  transfer: { retryDelayMs: 20 },
});
await studio.start();
const server = await startServer(studio, { port: 0, rendererDir: null });
process.stdout.write(`READY ${server.url}\n`);
