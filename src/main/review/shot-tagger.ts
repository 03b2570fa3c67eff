import { basename, extname } from 'node:path';
import type { ShotGroup } from '../../shared/review-types';
import type { ShotInfo } from '../../shared/studio-types';
import type { TransferJob } from '../../shared/transfer-types';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/logger';
import type { SessionServiceApi } from '../session/session-api';
import type { ReviewServiceApi } from './review-api';

/** A frame a sequence or capture-all fired and whose file has not landed yet. */
interface PendingFrame {
  group: () => ShotGroup;
  at: number;
  /** Resolves with the shot once its (first) file is in the session. */
  resolve: (shot: ShotInfo) => void;
}

/** Frames whose files have not arrived after this long are forgotten (store destination on the card only). */
const FRAME_TTL_MS = 10 * 60_000;

/**
 * Attributes every new shot (an auto-import, `transferDone`) to the frame that produced it: frames are
 * announced in release order per camera and the body delivers their files in the same order, a RAW+JPEG
 * pair (same camera file name, two extensions) belonging to one frame. Every new shot then goes to the
 * review service: next-capture metadata into its XMP, the group (bracket set, stack, capture-all) recorded.
 */
export class ShotTagger {
  private readonly pending = new Map<string, PendingFrame[]>();
  private readonly last = new Map<string, { base: string; frame: PendingFrame | null }>();
  private off: (() => void) | null = null;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly bus: EventBus,
    private readonly sessions: SessionServiceApi,
    private readonly review: ReviewServiceApi,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts listening for imported shots. */
  attach(): void {
    this.off = this.bus.on('transferDone', (job) => {
      this.work = this.work.then(() => this.onDone(job)).catch(() => undefined);
    });
  }

  /** Stops listening; resolves when shots seen so far are recorded. */
  async detach(): Promise<void> {
    this.off?.();
    this.off = null;
    await this.work;
  }

  /**
   * Announces a frame about to be released on `cameraId`; `group` is read when its file lands (so a skew
   * measured after the release is included). Resolves with the shot once its file is in the session.
   */
  expect(cameraId: string, group: () => ShotGroup): Promise<ShotInfo> {
    return new Promise((resolve) => {
      const list = this.pending.get(cameraId) ?? [];
      list.push({ group, at: this.now(), resolve });
      this.pending.set(cameraId, list);
    });
  }

  /** Forgets frames announced on a camera whose files never came (a sequence ended, a release failed). */
  forget(cameraId: string, count: number): void {
    const list = this.pending.get(cameraId);
    if (list) list.splice(Math.max(0, list.length - count), count);
  }

  private async onDone(job: TransferJob): Promise<void> {
    if (job.source.kind !== 'auto' || !job.targetPath) return;
    const shot = await this.findShot(job.targetPath);
    if (!shot) return;
    const frame = this.frameFor(job.cameraId, job.originalName);
    try {
      await this.review.onNewShot(shot, frame?.group());
    } catch (err) {
      this.log.warn(`cannot record review data of ${shot.fileName}: ${(err as Error).message}`);
    }
    frame?.resolve(shot);
  }

  private frameFor(cameraId: string, originalName: string): PendingFrame | null {
    const base = basename(originalName, extname(originalName));
    const prev = this.last.get(cameraId);
    if (prev && prev.base === base) return prev.frame;
    const list = this.pending.get(cameraId) ?? [];
    while (list.length > 0 && this.now() - list[0].at > FRAME_TTL_MS) list.shift();
    const frame = list.shift() ?? null;
    this.last.set(cameraId, { base, frame });
    return frame;
  }

  private async findShot(path: string): Promise<ShotInfo | undefined> {
    const shots = await this.sessions.shots();
    for (let i = shots.length - 1; i >= 0; i--) if (shots[i].path === path) return shots[i];
    for (const s of this.sessions.list()) {
      const found = (await this.sessions.shots(s.id)).find((x) => x.path === path);
      if (found) return found;
    }
    return undefined;
  }
}
