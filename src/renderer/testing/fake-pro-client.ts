import type { CameraInfo, ConnectionMode } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { CaptureAllOptions, CaptureAllResult } from '../../shared/multi-camera-types';
import type { ProStudioClient } from '../../shared/pro-client';
import type { Preset, PresetApplyResult, PresetFile } from '../../shared/preset-types';
import { presetFileSchema } from '../../shared/preset-types';
import { propertyByName } from '../../shared/properties/index';
import type { PropertyView } from '../../shared/properties/property-view';
import type { CaptureMetadata, ReviewPatch, ShotGroup, ShotReview } from '../../shared/review-types';
import type { SequenceRun, SequenceSpec } from '../../shared/sequence-types';
import { isPair } from '../../shared/shot-pairs';
import type { ShotInfo } from '../../shared/studio-types';
import { FakeRecorder, applyProperty } from './fake-client-rules';
import type { FakeSessions } from './fake-sessions';

const SHOOTING: readonly ConnectionMode[] = ['remote', 'remote-transfer'];

/**
 * The pro-shooting half of the fake StudioClient (issue 11): sequences that land their frames as shots of
 * the active session at once (a time-lapse keeps running until cancelled), reviews kept in memory,
 * next-capture metadata, presets over the fake body's properties, settings files and capture-all.
 */
export abstract class FakeProClient extends FakeRecorder implements ProStudioClient {
  /** Runs, oldest first. */
  runs: SequenceRun[] = [];
  /** Review entries by shot id (tests may seed them). */
  readonly reviews = new Map<string, ShotReview>();
  metadata: CaptureMetadata = {};
  presets: Preset[] = [];
  settingsFiles: string[] = [];
  private nextId = 1;

  abstract readonly studio: FakeSessions;
  abstract props: Record<string, PropertyView>;
  protected abstract live(cameraId: string, modes?: readonly ConnectionMode[]): CameraInfo;
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
    if (run.state === 'running') this.finish(run, 'cancelled');
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

  async listPresets(): Promise<Preset[]> {
    this.record('listPresets', []);
    return structuredClone(this.presets);
  }
  async savePreset(cameraId: string, name: string, properties: string[]): Promise<Preset> {
    this.record('savePreset', [cameraId, name, properties]);
    this.live(cameraId);
    const values = [...new Set(properties)].map((p) => {
      const def = propertyByName(p);
      const view = this.props[p];
      if (!def || !view) throw new TetherError(ErrorCode.UnknownProperty, `Unknown property '${p}'`);
      return { name: p, value: view.hex, formatted: view.formatted };
    });
    const preset: Preset = {
      name: name.trim(),
      createdAt: new Date().toISOString(),
      model: 'ILCE-7M4',
      values,
    };
    this.putPresets([preset]);
    return structuredClone(preset);
  }
  async deletePreset(name: string): Promise<void> {
    this.record('deletePreset', [name]);
    this.preset(name);
    this.presets = this.presets.filter((p) => p.name !== name);
    this.emit({ event: 'presetsChanged', data: { names: [name] } });
  }
  async applyPreset(cameraId: string, name: string): Promise<PresetApplyResult> {
    this.record('applyPreset', [cameraId, name]);
    this.live(cameraId, SHOOTING);
    const preset = this.preset(name);
    const results = preset.values.map((v) => {
      try {
        this.props[v.name] = applyProperty(this.props[v.name], v.name, v.value);
        return { name: v.name, ok: true, formatted: this.props[v.name].formatted };
      } catch (err) {
        const e = err as TetherError;
        return { name: v.name, ok: false, error: { code: e.code, message: e.message } };
      }
    });
    return { preset: preset.name, results };
  }
  async exportPresets(names?: string[]): Promise<PresetFile> {
    this.record('exportPresets', [names]);
    const chosen = names ? names.map((n) => this.preset(n)) : this.presets;
    if (chosen.length === 0) throw new TetherError(ErrorCode.NotFound, 'There are no presets to export');
    return { format: 'tether-studio-presets', version: 1, presets: structuredClone(chosen) };
  }
  async importPresets(file: PresetFile): Promise<Preset[]> {
    this.record('importPresets', [file]);
    const parsed = presetFileSchema.parse(file);
    for (const p of parsed.presets)
      for (const v of p.values)
        if (!propertyByName(v.name))
          throw new TetherError(
            ErrorCode.InvalidArgument,
            `preset '${p.name}': unknown property '${v.name}'`,
          );
    this.putPresets(parsed.presets);
    return structuredClone(parsed.presets);
  }

  async listCameraSettingsFiles(): Promise<string[]> {
    this.record('listCameraSettingsFiles', []);
    return [...this.settingsFiles].sort();
  }
  async saveCameraSettings(cameraId: string, filename?: string): Promise<string> {
    this.record('saveCameraSettings', [cameraId, filename]);
    this.live(cameraId);
    let name = filename ?? 'CAMSET01.DAT';
    for (let i = 1; this.settingsFiles.includes(name); i++)
      name = name.replace(/(-\d+)?(\.\w+)?$/, `-${i}$2`);
    this.settingsFiles.push(name);
    return name;
  }
  async loadCameraSettings(cameraId: string, filename: string): Promise<void> {
    this.record('loadCameraSettings', [cameraId, filename]);
    this.live(cameraId);
    if (!this.settingsFiles.includes(filename))
      throw new TetherError(ErrorCode.InvalidArgument, `No saved settings file named ${filename}`);
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

  private run(runId: string): SequenceRun {
    const run = this.runs.find((r) => r.id === runId);
    if (!run) throw new TetherError(ErrorCode.NotFound, `No sequence run '${runId}'`);
    return run;
  }

  private preset(name: string): Preset {
    const p = this.presets.find((x) => x.name === name);
    if (!p) throw new TetherError(ErrorCode.NotFound, `No preset named '${name}'`);
    return p;
  }

  private putPresets(list: Preset[]): void {
    const names = new Set(list.map((p) => p.name));
    this.presets = [...this.presets.filter((p) => !names.has(p.name)), ...structuredClone(list)].sort(
      (a, b) => a.name.localeCompare(b.name),
    );
    this.emit({ event: 'presetsChanged', data: { names: [...names] } });
  }

  private review(shotId: string): ShotReview {
    return structuredClone(this.reviews.get(shotId) ?? { shotId, rating: 0, label: null, pick: 'none' });
  }

  private fire(run: SequenceRun): void {
    const frame = { index: run.done, at: Date.now() };
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
