import { join } from 'node:path';
import { toErrorValue } from '../../shared/errors';
import type { CameraDriver, DriverEventMap } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { EventBus } from '../core/event-bus';
import { isInside } from '../core/path-guard';
import { stagingDir } from '../studio/staging';
import { snapshotClientFile } from './client-snapshot';
import type { TransferQueue } from './transfer-queue';

type Staged = DriverEventMap['downloadComplete'];

/**
 * Auto-import: every shot the camera saves on the host (driver `downloadComplete`) becomes an import job
 * into the active session (template name, `.part` → verify → rename).
 * - In the studio's staging folder (the default save-info): the staged file is moved (deleted after a
 *   verified import); the bus `downloadComplete` is emitted by the queue once the session file is final.
 * - In an Alpha API client's own save-info folder: that file is the client's and is never moved or deleted.
 *   A snapshot (hard link or copy) is taken into the staging area first, then the bus `downloadComplete`
 *   names the client's file (as the Alpha server does), and the snapshot is imported as a session copy
 *   whose completion shows as `transferDone` only, so a client sees one `downloadComplete` per shot.
 */
export class AutoImport {
  private off: (() => void) | null = null;

  constructor(
    private readonly driver: CameraDriver,
    private readonly queue: TransferQueue,
    private readonly bus: EventBus,
    private readonly log: Logger,
    /** Files inside this folder are the studio's to move; anything else belongs to a client. */
    private readonly stagingRoot: string,
  ) {}

  /** Starts listening. */
  attach(): void {
    this.off = this.driver.events.on('downloadComplete', (staged) => {
      const work = isInside(this.stagingRoot, staged.stagedPath)
        ? this.queue.enqueueAuto(staged.cameraId, staged).catch((err: unknown) => {
            // No job exists (naming failed: read-only folder, full disk…): the shot waits in staging.
            this.queue.noteImportFailure({ ...staged, announce: true }, err);
            throw err;
          })
        : this.importClientCopy(staged);
      work.catch((err: unknown) => this.report(staged, err));
    });
  }

  /** Stops listening. */
  detach(): void {
    this.off?.();
    this.off = null;
  }

  private async importClientCopy(shot: Staged): Promise<unknown> {
    const { cameraId, filename, stagedPath, size } = shot;
    const dir = join(stagingDir(this.stagingRoot, cameraId), '.from-client');
    let snapshot: string | null = null;
    let failure: unknown = null;
    try {
      snapshot = await snapshotClientFile(stagedPath, dir, filename);
    } catch (err) {
      failure = err;
    }
    // The client's file is complete whatever happens to the session copy: tell the client now.
    this.bus.emit('downloadComplete', {
      cameraId,
      filename: stagedPath,
      savedPath: stagedPath,
      type: 'image',
      size,
    });
    if (!snapshot) throw failure;
    const copy = { cameraId, filename, stagedPath: snapshot, size, announce: false };
    return this.queue.enqueueAuto(cameraId, copy, { announce: false }).catch((err: unknown) => {
      this.queue.noteImportFailure(copy, err);
      throw err;
    });
  }

  private report(staged: Staged, err: unknown): void {
    const v = toErrorValue(err);
    const { cameraId, filename } = staged;
    this.log.error(`cannot import ${filename}: ${v.message}`, { cameraId });
    this.bus.emit('error', { cameraId, code: v.code, message: `Cannot import ${filename}: ${v.message}` });
  }
}
