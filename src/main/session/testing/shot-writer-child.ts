/**
 * Test child (session-lazy.test.ts): records shots in a session as fast as it can and prints `ack <shotId>`
 * once each `addShot` has resolved, until it is killed. Arguments: <dataDir> <root>.
 */
import { join } from 'node:path';
import { CorruptionReporter } from '../../core/corruption-reporter';
import { EventBus } from '../../core/event-bus';
import { LogBuffer } from '../../core/logger';
import { SettingsService } from '../../settings/settings-service';
import { SessionService } from '../session-service';

const [dataDir, root] = process.argv.slice(2);
const log = new LogBuffer(10, null).logger('child');
const bus = new EventBus();
const reporter = new CorruptionReporter(log, bus);
const settings = new SettingsService(dataDir, reporter);
await settings.load();
const sessions = new SessionService({ dataDir, root, settings, reporter, bus, log });
await sessions.load();
process.stdout.write(`ready ${sessions.active().id}\n`);
for (let n = 1; ; n++) {
  const alloc = await sessions.allocate({ cameraId: 'cam', camera: 'ILCE-7M4', original: `DSC${n}.JPG` });
  const shot = await sessions.addShot(alloc, {
    size: n,
    cameraId: 'cam',
    originalName: `DSC${n}.JPG`,
    kind: 'jpeg',
  });
  process.stdout.write(`ack ${shot.id} ${join(shot.fileName)}\n`);
}
