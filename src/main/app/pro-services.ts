import type { CorruptionReporter } from '../core/corruption-reporter';
import { DeadlineScheduler } from '../core/deadline-scheduler';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/logger';
import { CaptureAll, type CaptureAllApi } from '../multi-camera/capture-all';
import type { PresetServiceApi } from '../presets/preset-api';
import { PresetService } from '../presets/preset-service';
import type { ReviewServiceApi } from '../review/review-api';
import { ReviewService } from '../review/review-service';
import { ShotTagger } from '../review/shot-tagger';
import type { SequenceServiceApi } from '../sequence/sequence-api';
import { SequenceService } from '../sequence/sequence-service';
import type { SessionServiceApi } from '../session/session-api';
import type { ShotImageServiceApi } from '../session/shot-images-api';
import type { CameraRegistryApi } from '../studio/camera-registry-api';
import type { CaptureServiceApi } from '../studio/capture-api';
import type { LiveViewHubApi } from '../studio/live-view-api';
import type { PropertyServiceApi } from '../studio/property-api';

/** The pro-shooting services (issue 11): sequences, review, presets, the multi-camera trigger. */
export interface ProServices {
  readonly sequences: SequenceServiceApi;
  readonly reviews: ReviewServiceApi;
  readonly presets: PresetServiceApi;
  readonly multiCamera: CaptureAllApi;
}

/** What the pro services are built from. */
export interface ProServiceDeps {
  dataDir: string;
  bus: EventBus;
  log: Logger;
  reporter: CorruptionReporter;
  registry: CameraRegistryApi;
  properties: PropertyServiceApi;
  capture: CaptureServiceApi;
  liveView: LiveViewHubApi;
  sessions: SessionServiceApi;
  shotImages: ShotImageServiceApi;
  /** Scheduler for sequence timing (tests and benchmarks may inject one). */
  scheduler?: DeadlineScheduler;
}

/** The pro services wired, with their lifecycle (start after sessions load; stop before transfers). */
export class ProServiceSet implements ProServices {
  readonly sequences: SequenceService;
  readonly reviews: ReviewService;
  readonly presets: PresetService;
  readonly multiCamera: CaptureAll;
  private readonly tagger: ShotTagger;

  constructor(deps: ProServiceDeps) {
    const { bus, log, reporter, dataDir } = deps;
    this.reviews = new ReviewService({
      dataDir,
      sessions: deps.sessions,
      bus,
      log: log.child('review'),
      reporter,
    });
    this.tagger = new ShotTagger(bus, deps.sessions, this.reviews, log.child('review'));
    this.sequences = new SequenceService({
      dataDir,
      registry: deps.registry,
      bus,
      reporter,
      properties: deps.properties,
      capture: deps.capture,
      liveView: deps.liveView,
      shotImages: deps.shotImages,
      tagger: this.tagger,
      scheduler: deps.scheduler ?? new DeadlineScheduler(),
      log: log.child('sequences'),
    });
    this.presets = new PresetService({
      dataDir,
      registry: deps.registry,
      properties: deps.properties,
      bus,
      reporter,
    });
    this.multiCamera = new CaptureAll(deps.registry, deps.capture, this.tagger, bus);
  }

  /** Loads persisted state and starts tagging new shots. */
  async start(): Promise<void> {
    await Promise.all([this.reviews.load(), this.sequences.load(), this.presets.load()]);
    this.tagger.attach();
  }

  /** Stops running sequences (restoring settings), then tagging; flushes files and ends ExifTool. */
  async stop(): Promise<void> {
    await this.sequences.stop();
    await this.tagger.detach();
    await Promise.allSettled([this.presets.flush(), this.reviews.close()]);
  }
}
