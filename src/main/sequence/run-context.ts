import { ErrorCode, TetherError, toErrorValue } from '../../shared/errors';
import type { PropertyView } from '../../shared/properties/index';
import { SEQUENCE_FRAMES_KEPT, type SequenceFrame, type SequenceRun } from '../../shared/sequence-types';
import type { ShotInfo } from '../../shared/studio-types';
import type { DeadlineScheduler } from '../core/deadline-scheduler';
import type { Logger } from '../core/logger';
import type { ShotImageServiceApi } from '../session/shot-images-api';
import type { CaptureServiceApi } from '../studio/capture-api';
import type { LiveViewHubApi } from '../studio/live-view-api';
import type { PropertyServiceApi } from '../studio/property-api';
import type { ShotGroup } from '../../shared/review-types';

/** What a run announces its frames to (the review's shot tagger). */
export interface FrameTagger {
  expect(cameraId: string, group: () => ShotGroup): Promise<ShotInfo>;
  forget(cameraId: string, count: number): void;
}

/** Services a run uses. */
export interface RunServices {
  properties: PropertyServiceApi;
  capture: CaptureServiceApi;
  liveView: LiveViewHubApi;
  shotImages: ShotImageServiceApi;
  tagger: FrameTagger;
  scheduler: DeadlineScheduler;
  log: Logger;
}

/** How a frame is fired. */
export interface FireOptions {
  /** S1 → AF → release (default false). */
  autofocus?: boolean;
  /** A BULB exposure of this length instead of a timed release. */
  bulbMs?: number;
  /** What the frame used (shown in the run's frame list). */
  settings?: Record<string, string>;
  /** Scheduled time (scheduler clock) to report lateness against. */
  deadline?: number;
}

/**
 * One running sequence: cancellation, settings it changed (and their originals, restored at the end in
 * reverse order), frames fired (each announced to the tagger so its files join the run's group), progress.
 */
export class RunContext {
  private readonly controller = new AbortController();
  private readonly changed: string[] = [];
  /** The shot of the last frame, once its file lands (exposure ramping from the last shot). */
  lastShot: Promise<ShotInfo> | null = null;

  constructor(
    readonly run: SequenceRun,
    readonly services: RunServices,
    private readonly onProgress: (frame?: SequenceFrame) => void,
  ) {}

  get cameraId(): string {
    return this.run.cameraId;
  }

  /** Aborted when the run is cancelled or the studio stops. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Stops the run at the next wait or frame. */
  abort(reason: string): void {
    this.controller.abort(reason);
  }

  /** Throws CANCELLED once aborted. */
  checkCancelled(): void {
    if (this.signal.aborted) throw new TetherError(ErrorCode.Cancelled, String(this.signal.reason));
  }

  /** Reads a property. */
  read(name: string): Promise<PropertyView> {
    return this.services.properties.get(this.cameraId, name);
  }

  /** Writes a property, remembering its value before the run's first change (restored at the end). */
  async set(name: string, value: string): Promise<PropertyView> {
    this.checkCancelled();
    if (!this.run.restore?.[name]) {
      const before = await this.read(name);
      if (before.hex === value) return before;
      this.run.restore = { ...this.run.restore, [name]: before.hex };
      this.changed.push(name);
    }
    return this.services.properties.set(this.cameraId, name, value);
  }

  /** Writes back every changed setting, last changed first; what cannot be restored becomes a warning. */
  async restore(): Promise<void> {
    const failed: Record<string, string> = {};
    for (const name of [...this.changed].reverse()) {
      const value = this.run.restore?.[name];
      if (!value) continue;
      try {
        await this.services.properties.set(this.cameraId, name, value);
      } catch (err) {
        failed[name] = value;
        this.warn(`${name} could not be restored to ${value}: ${toErrorValue(err).message}`);
      }
    }
    this.changed.length = 0;
    if (Object.keys(failed).length > 0) this.run.restore = failed;
    else delete this.run.restore;
  }

  /** Sleeps `ms` (cancellable). */
  sleep(ms: number): Promise<void> {
    return this.services.scheduler.sleep(ms, this.signal);
  }

  /** Records a warning on the run (and tells listeners). */
  warn(message: string): void {
    if (this.run.warnings.includes(message)) return;
    this.run.warnings.push(message);
    this.services.log.warn(message, { cameraId: this.cameraId });
    this.onProgress();
  }

  /** Reports a state change without a frame. */
  progress(): void {
    this.onProgress();
  }

  /** Fires one frame and records it; resolves when the camera took it (its file may still be on the way). */
  async fire(options: FireOptions = {}): Promise<SequenceFrame> {
    this.checkCancelled();
    const { capture, tagger, scheduler } = this.services;
    const group: ShotGroup = { id: this.run.groupId, kind: this.run.spec.kind, index: this.run.done };
    const shot = tagger.expect(this.cameraId, () => group);
    const firedAt = scheduler.now();
    const at = Date.now();
    try {
      if (options.bulbMs) await this.bulb(options.bulbMs);
      else await capture.capture(this.cameraId, { autofocus: options.autofocus ?? false });
    } catch (err) {
      tagger.forget(this.cameraId, 1);
      throw err;
    }
    this.lastShot = shot;
    const frame: SequenceFrame = {
      index: this.run.done,
      at,
      ...(options.deadline !== undefined ? { driftMs: firedAt - options.deadline } : {}),
      ...(options.settings ? { settings: options.settings } : {}),
    };
    this.run.frames.push(frame);
    if (this.run.frames.length > SEQUENCE_FRAMES_KEPT) this.run.frames.shift();
    this.run.done++;
    this.onProgress(frame);
    return frame;
  }

  /** A BULB exposure: release down, hold `ms`, release up (the release always comes up, cancelled or not). */
  private async bulb(ms: number): Promise<void> {
    const { capture, scheduler } = this.services;
    await capture.sendCommand(this.cameraId, { type: 'release', action: 'down' });
    try {
      await scheduler.sleep(ms, this.signal);
    } finally {
      await capture.sendCommand(this.cameraId, { type: 'release', action: 'up' });
    }
  }
}
