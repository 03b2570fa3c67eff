import type { CameraInfo } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { CaptureAllOptions, CaptureAllResult } from '../../shared/multi-camera-types';
import type { ProStudioClient } from '../../shared/pro-client';
import type { CaptureMetadata, ReviewPatch, ShotGroup, ShotReview } from '../../shared/review-types';
import type { SequenceRun, SequenceSpec } from '../../shared/sequence-types';
import { isPair } from '../../shared/shot-pairs';
import type { ShotInfo } from '../../shared/studio-types';
import { FakePresetsClient, SHOOTING } from './fake-presets';
import type { FakeSessions } from './fake-sessions';

/**
 * The pro-shooting half of the fake StudioClient (issue 11): sequences that land their frames as shots of
 * the active session at once (a time-lapse keeps running until cancelled), reviews kept in memory,
 * next-capture metadata, presets over the fake body's properties, settings files and capture-all.
 */
export abstract class FakeProClient extends FakePresetsClient implements ProStudioClient {
  /** Runs, oldest first. */
  runs: SequenceRun[] = [];
  /** Review entries by shot id (tests may seed them). */
  readonly reviews = new Map<string, ShotReview>();
  metadata: CaptureMetadata = {};
  private nextId = 1;
  /** Closers of the BULB exposures open now, by run (true: keep the frame). */
  private readonly exposures = new Map<string, (keep: boolean) => void>();
  private readonly endPending = new Set<string>();

  abstract readonly studio: FakeSessions;
  protected abstract allCameras(): CameraInfo[];

  async startSequence(cameraId: string, spec: SequenceSpec): Promise<SequenceRun> {
    this.record('startSequence', [cameraId, spec]);
    this.live(cameraId, SHOOTING);
    const busy = this.runs.find((r) => r.cameraId === cameraId && r.state === 'running');
    if (busy) throw new TetherError(ErrorCode.CameraBusy, `camera ${cameraId} is running ${busy.id}`);
    const n = this.nextId++;
    const total =
      spec.kind === 'timelapse'
        ? (spec.count ?? null)
        : spec.kind === 'bulb'
          ? (spec.frames ?? 1)
          : spec.frames;
    const run: SequenceRun = {
      id: `seq_${n}`,
      cameraId,
      spec,
      state: 'running',
      total,
      done: 0,
      startedAt: Date.now(),
      nextAt: null,
      groupId: `grp_${n}`,
      warnings: [],
      frames: [],
    };
    this.runs.push(run);
    this.progress(run);
    if (spec.kind === 'bulb') {
      setTimeout(() => this.openBulb(run, spec.exposureMs, spec.hold === true), 0);
      return structuredClone(run);
    }
    // A time-lapse fires its first frame and waits for the next slot (until cancelled); the rest finish now.
    const frames = spec.kind === 'timelapse' ? 1 : (total ?? 0);
    setTimeout(() => {
      for (let i = 0; i < frames && run.state === 'running'; i++) this.fire(run);
      if (spec.kind !== 'timelapse' && run.state === 'running') this.finish(run, 'done');
    }, 0);
    return structuredClone(run);
  }
  async listSequences(): Promise<SequenceRun[]> {
    this.record('listSequences', []);
    return [...this.runs].reverse().map((r) => structuredClone(r));
  }
  async getSequence(runId: string): Promise<SequenceRun> {
    this.record('getSequence', [runId]);
    return structuredClone(this.run(runId));
  }
  async cancelSequence(runId: string): Promise<SequenceRun> {
    this.record('cancelSequence', [runId]);
    const run = this.run(runId);
    this.exposures.get(runId)?.(false);
    if (run.state === 'running') this.finish(run, 'cancelled');
    return structuredClone(run);
  }
  async endExposure(runId: string): Promise<SequenceRun> {
    this.record('endExposure', [runId]);
    const run = this.run(runId);
    const close = this.exposures.get(runId);
    const held = run.spec.kind === 'bulb' && run.spec.hold === true;
    if (close) close(true);
    else if (run.state === 'running' && held) this.endPending.add(runId);
    else if (run.state === 'running')
      throw new TetherError(ErrorCode.OperationRejected, `sequence ${runId} has no BULB exposure open`);
    return structuredClone(run);
  }

  async listShotReviews(sessionId?: string): Promise<ShotReview[]> {
    this.record('listShotReviews', [sessionId]);
    return this.studio.shotsOf(sessionId).map((s) => this.review(s.id));
  }
  async reviewShots(shotIds: string[], patch: ReviewPatch): Promise<ShotReview[]> {
    this.record('reviewShots', [shotIds, patch]);
    const asked = shotIds.map((id) => this.studio.shot(id));
    // A RAW+JPEG pair is one picture, as in the studio: the patch applies to both files.
    const shots = this.studio.shots.filter((o) => asked.some((a) => a.id === o.id || isPair(a, o)));
    const out = shots.map((s) => {
      const next = { ...this.review(s.id), ...patch };
      if (patch.rating !== undefined && patch.pick === undefined && next.pick === 'reject')
        next.pick = 'none';
      this.reviews.set(s.id, next);
      return structuredClone(next);
    });
    this.emit({ event: 'shotReviewChanged', data: { sessionId: this.studio.active().id, reviews: out } });
    return out;
  }
  async getCaptureMetadata(): Promise<CaptureMetadata> {
    this.record('getCaptureMetadata', []);
    return structuredClone(this.metadata);
  }
  async setCaptureMetadata(metadata: CaptureMetadata): Promise<CaptureMetadata> {
    this.record('setCaptureMetadata', [metadata]);
    this.metadata = structuredClone(metadata);
    return structuredClone(metadata);
  }

  async captureAll(options?: CaptureAllOptions): Promise<CaptureAllResult> {
    this.record('captureAll', [options]);
    const ids =
      options?.cameraIds ??
      this.allCameras()
        .filter((c) => c.connected && c.mode && SHOOTING.includes(c.mode))
        .map((c) => c.id);
    if (ids.length === 0)
      throw new TetherError(ErrorCode.NotConnected, 'no camera is connected in a shooting mode');
    const cams = ids.map((id) => this.live(id, SHOOTING));
    const groupId = `all_${this.nextId++}`;
    cams.forEach((c, index) => this.addShot(c.id, { id: groupId, kind: 'captureAll', index, skewMs: 0 }));
    const result: CaptureAllResult = {
      groupId,
      at: Date.now(),
      skewMs: 0,
      shots: cams.map((c) => ({ cameraId: c.id, model: c.model, ok: true, offsetMs: 0, latencyMs: 0 })),
    };
    this.emit({ event: 'captureAll', data: result });
    return result;
  }

  /** Opens a BULB exposure (timed: closed after `ms`; held: by `endExposure`); the frame lands as it closes. */
  private openBulb(run: SequenceRun, ms: number, held: boolean): void {
    if (run.state !== 'running') return;
    const openedAt = Date.now();
    run.exposure = { openedAt, closesAt: held ? null : openedAt + ms };
    this.progress(run);
    const timer = setTimeout(() => close(true), ms);
    const close = (keep: boolean) => {
      clearTimeout(timer);
      this.exposures.delete(run.id);
      delete run.exposure;
      if (!keep) return;
      const secs = held ? `${((Date.now() - openedAt) / 1000).toFixed(1)} s (held)` : `${ms / 1000} s`;
      this.fire(run, { exposure: secs });
      if (run.done < (run.total ?? 1)) this.openBulb(run, ms, held);
      else this.finish(run, 'done');
    };
    this.exposures.set(run.id, close);
    if (this.endPending.delete(run.id)) close(true);
  }

  private run(runId: string): SequenceRun {
    const run = this.runs.find((r) => r.id === runId);
    if (!run) throw new TetherError(ErrorCode.NotFound, `No sequence run '${runId}'`);
    return run;
  }

  private review(shotId: string): ShotReview {
    return structuredClone(this.reviews.get(shotId) ?? { shotId, rating: 0, label: null, pick: 'none' });
  }

  private fire(run: SequenceRun, settings?: Record<string, string>): void {
    const frame = { index: run.done, at: Date.now(), ...(settings ? { settings } : {}) };
    run.frames.push(frame);
    run.done++;
    this.addShot(run.cameraId, { id: run.groupId, kind: run.spec.kind, index: frame.index });
    this.progress(run, frame);
  }

  /** A shot of the active session, as a transfer would land it, in a group. */
  private addShot(cameraId: string, group: ShotGroup): void {
    const seq = this.studio.shots.length + 1;
    const fileName = `Test_${String(seq).padStart(4, '0')}.JPG`;
    const shot: ShotInfo = {
      id: `shot-${seq}`,
      sessionId: this.studio.active().id,
      fileName,
      path: `${this.studio.active().folder}/${fileName}`,
      size: 1000,
      cameraId,
      originalName: `DSC${String(seq).padStart(5, '0')}.JPG`,
      kind: 'jpeg',
      seq,
      importedAt: new Date().toISOString(),
    };
    this.studio.shots = [...this.studio.shots, shot];
    const review: ShotReview = { ...this.review(shot.id), group };
    this.reviews.set(shot.id, review);
    this.emit({ event: 'shotReviewChanged', data: { sessionId: shot.sessionId, reviews: [review] } });
  }

  private finish(run: SequenceRun, state: SequenceRun['state']): void {
    run.state = state;
    run.finishedAt = Date.now();
    run.nextAt = null;
    this.progress(run);
  }

  private progress(run: SequenceRun, frame?: SequenceRun['frames'][number]): void {
    const { frames: _frames, ...summary } = run;
    this.emit({ event: 'sequenceProgress', data: structuredClone(frame ? { ...summary, frame } : summary) });
  }
}
