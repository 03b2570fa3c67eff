import { randomUUID } from 'node:crypto';
import { ErrorCode, TetherError, toErrorValue } from '../../shared/errors';
import {
  sequenceSpecSchema,
  type SequenceFrame,
  type SequenceRun,
  type SequenceSpec,
} from '../../shared/sequence-types';
import type { CorruptionReporter } from '../core/corruption-reporter';
import type { EventBus } from '../core/event-bus';
import type { CameraRegistryApi } from '../studio/camera-registry-api';
import { RunContext, type RunServices } from './run-context';
import type { SequenceServiceApi } from './sequence-api';
import { SequenceHistory } from './sequence-history';
import { bracketTotal, runBracket } from './step-bracket';
import { runBulb } from './step-bulb';
import { runFocusStack } from './step-focus-stack';
import { runTimelapse, timelapseTotal } from './step-timelapse';

/** Dependencies of {@link SequenceService}. */
export interface SequenceServiceDeps extends RunServices {
  dataDir: string;
  registry: CameraRegistryApi;
  bus: EventBus;
  reporter: CorruptionReporter;
}

const SHOOTING = ['remote', 'remote-transfer'] as const;
/** How long `stop` waits for runs to restore their settings. */
const STOP_WAIT_MS = 10_000;

function totalOf(spec: SequenceSpec): number | null {
  switch (spec.kind) {
    case 'bracket':
      return bracketTotal(spec);
    case 'focusStack':
      return spec.frames;
    case 'timelapse':
      return timelapseTotal(spec);
    case 'bulb':
      return spec.frames ?? 1;
  }
}

/**
 * The sequence engine: bracketing, focus stacking, time-lapse (with exposure ramping) and bulb runs, in
 * the main process, one per camera, independent of any window. Each run persists at every frame; a run
 * cancelled or failed restores the settings it changed; progress goes to the bus (`sequenceProgress`).
 */
export class SequenceService implements SequenceServiceApi {
  private runs: SequenceRun[] = [];
  private readonly active = new Map<string, { ctx: RunContext; done: Promise<void> }>();
  private readonly history: SequenceHistory;

  constructor(private readonly deps: SequenceServiceDeps) {
    this.history = new SequenceHistory(deps.dataDir);
  }

  /** Loads the history (runs cut short by a stop become `interrupted`). */
  async load(): Promise<void> {
    this.runs = await this.history.load(this.deps.reporter);
  }

  /** Cancels every run (waiting, bounded, for settings to be restored) and flushes the history. */
  async stop(): Promise<void> {
    const pending = [...this.active.values()];
    for (const a of pending) a.ctx.abort('the studio is stopping');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(pending.map((a) => a.done)),
      new Promise((r) => (timer = setTimeout(r, STOP_WAIT_MS))),
    ]);
    clearTimeout(timer);
    await this.history.flush();
  }

  async start(cameraId: string, spec: SequenceSpec): Promise<SequenceRun> {
    const parsed = sequenceSpecSchema.safeParse(spec);
    if (!parsed.success)
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `sequence: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'spec'} ${i.message}`).join('; ')}`,
      );
    this.deps.registry.requireConnected(cameraId, SHOOTING);
    const running = this.active.get(cameraId);
    if (running)
      throw new TetherError(
        ErrorCode.CameraBusy,
        `camera ${cameraId} is running sequence ${running.ctx.run.id}`,
      );
    const run: SequenceRun = {
      id: `seq_${randomUUID().slice(0, 8)}`,
      cameraId,
      spec: parsed.data,
      state: 'running',
      total: totalOf(parsed.data),
      done: 0,
      startedAt: Date.now(),
      nextAt: null,
      groupId: `grp_${randomUUID().slice(0, 8)}`,
      warnings: [],
      frames: [],
    };
    const ctx = new RunContext(run, this.deps, (frame) => this.progress(run, frame));
    this.runs.push(run);
    const done = this.execute(ctx);
    this.active.set(cameraId, { ctx, done });
    this.progress(run);
    return structuredClone(run);
  }

  list(): SequenceRun[] {
    return [...this.runs].reverse().map((r) => structuredClone(r));
  }

  get(runId: string): SequenceRun {
    return structuredClone(this.find(runId));
  }

  async cancel(runId: string): Promise<SequenceRun> {
    const run = this.find(runId);
    const a = this.active.get(run.cameraId);
    if (a && a.ctx.run === run) {
      a.ctx.abort('cancelled by the user');
      await a.done;
    }
    return structuredClone(run);
  }

  private find(runId: string): SequenceRun {
    const run = this.runs.find((r) => r.id === runId);
    if (!run) throw new TetherError(ErrorCode.NotFound, `No sequence run '${runId}'`);
    return run;
  }

  private async execute(ctx: RunContext): Promise<void> {
    const { run } = ctx;
    try {
      await this.steps(ctx);
      run.state = 'done';
    } catch (err) {
      const e = toErrorValue(err);
      const stopping = ctx.signal.aborted && String(ctx.signal.reason).includes('stopping');
      run.state = ctx.signal.aborted ? (stopping ? 'interrupted' : 'cancelled') : 'failed';
      if (!ctx.signal.aborted) run.error = e;
      else if (stopping) run.warnings.push(`the studio stopped after frame ${run.done}`);
    } finally {
      await ctx.restore();
      run.finishedAt = Date.now();
      run.nextAt = null;
      run.drift = driftOf(run.frames);
      this.active.delete(run.cameraId);
      this.progress(run);
    }
  }

  private steps(ctx: RunContext): Promise<void> {
    const spec = ctx.run.spec;
    switch (spec.kind) {
      case 'bracket':
        return runBracket(ctx, spec);
      case 'focusStack':
        return runFocusStack(ctx, spec);
      case 'timelapse':
        return runTimelapse(ctx, spec);
      case 'bulb':
        return runBulb(ctx, spec);
    }
  }

  private progress(run: SequenceRun, frame?: SequenceFrame): void {
    const { frames: _frames, ...summary } = run;
    this.deps.bus.emit('sequenceProgress', structuredClone(frame ? { ...summary, frame } : summary));
    void this.history
      .save(this.runs)
      .catch((err: Error) => this.deps.log.warn(`cannot save sequences: ${err.message}`));
  }
}

function driftOf(frames: SequenceFrame[]): SequenceRun['drift'] {
  const d = frames.map((f) => f.driftMs).filter((x): x is number => x !== undefined);
  if (d.length === 0) return undefined;
  return { meanMs: d.reduce((a, b) => a + b, 0) / d.length, maxMs: Math.max(...d) };
}
