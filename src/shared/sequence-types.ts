import { z } from 'zod';
import { errorValueSchema } from './errors';

/** Which exposure setting a bracket or an exposure ramp moves. */
export const exposureAxisSchema = z.enum(['shutter', 'iso', 'aperture']);
/** Which exposure setting a bracket or an exposure ramp moves. */
export type ExposureAxis = z.infer<typeof exposureAxisSchema>;

/** Exposure bracketing / HDR: `frames` shots `stepEv` apart; the original settings are restored after. */
export const bracketSpecSchema = z
  .object({
    kind: z.literal('bracket'),
    frames: z.number().int().min(3).max(9),
    /** EV between neighbouring frames (1/3 to 3 stops). */
    stepEv: z.number().min(0.3).max(3),
    /** The setting that moves (default shutter). */
    by: exposureAxisSchema.optional(),
    /** `center-first` (0, −, +, −−, ++ …, as the body brackets; the default) or `ascending` (darkest first). */
    order: z.enum(['center-first', 'ascending']).optional(),
  })
  .strict();

/** Focus stacking: from the current (nearest) focus toward far, one frame per step. */
export const focusStackSpecSchema = z
  .object({
    kind: z.literal('focusStack'),
    frames: z.number().int().min(2).max(500),
    /** Per frame: near/far command size 1..7, or `focus-position` units (0 = ∞ … 65535 = closest). */
    stepSize: z.number().int().min(1).max(65535),
    /** `auto` (the default): absolute `focus-position` where the body has it writable, else near/far. */
    method: z.enum(['auto', 'nearFar', 'position']).optional(),
    /** Near/far commands sent per step (1..50, default 1). */
    pulses: z.number().int().min(1).max(50).optional(),
    /** Wait after each focus move before the release (ms, default 200). */
    settleMs: z.number().int().min(0).max(10_000).optional(),
  })
  .strict()
  .refine((s) => s.method !== 'nearFar' || s.stepSize <= 7, {
    message: 'near/far steps are 1..7',
    path: ['stepSize'],
  });

/** Holy-grail exposure ramping of a time-lapse: smooth steps toward a target brightness. */
export const exposureRampSchema = z
  .object({
    /** Brightness source: the live-view frame before each shot, or the previous shot's image. */
    source: z.enum(['liveView', 'lastShot']),
    /** Target mean brightness (0..255 of the gamma-encoded image; 118 ≈ mid-grey). */
    target: z.number().min(10).max(245),
    /** What moves: shutter, ISO, or shutter first then ISO (default). */
    by: z.enum(['shutter', 'iso', 'shutterThenIso']).optional(),
    /** Largest change per frame in EV (default 1/3): small steps keep the sequence flicker-free. */
    maxStepEv: z.number().min(0.3).max(2).optional(),
    /** No change while within this many EV of the target (default 1/3). */
    deadbandEv: z.number().min(0).max(2).optional(),
    /** Longest shutter the ramp may use, seconds (default 30). */
    maxShutterS: z.number().positive().max(30).optional(),
    /** Highest ISO the ramp may use (default 6400). */
    maxIso: z.number().int().min(50).max(409_600).optional(),
  })
  .strict();

/** Time-lapse / interval: frames `intervalMs` apart (start to start), a count or until a time. */
export const timelapseSpecSchema = z
  .object({
    kind: z.literal('timelapse'),
    intervalMs: z.number().int().min(200).max(86_400_000),
    count: z.number().int().min(1).max(100_000).optional(),
    /** Stop at this time (ISO 8601); with `count` whichever comes first. */
    until: z.iso.datetime({ offset: true }).optional(),
    /** S1 → AF → release for every frame (default false: a plain release). */
    autofocus: z.boolean().optional(),
    /** Each frame as a BULB exposure of this length (ms) instead of the set shutter. */
    bulbMs: z.number().int().min(1000).max(3_600_000).optional(),
    ramp: exposureRampSchema.optional(),
  })
  .strict()
  .refine((s) => s.count !== undefined || s.until !== undefined, {
    message: 'give a count or an until time',
    path: ['count'],
  });

/** Bulb timer: exposures longer than 30 s (release down, wait, release up), `frames` of them. */
export const bulbSpecSchema = z
  .object({
    kind: z.literal('bulb'),
    exposureMs: z.number().int().min(1000).max(3_600_000),
    frames: z.number().int().min(1).max(999).optional(),
    /** Pause between frames (ms, default 1000). */
    gapMs: z.number().int().min(0).max(3_600_000).optional(),
  })
  .strict();

/** What a sequence does. */
export const sequenceSpecSchema = z.union([
  bracketSpecSchema,
  focusStackSpecSchema,
  timelapseSpecSchema,
  bulbSpecSchema,
]);
/** What a sequence does. */
export type SequenceSpec = z.infer<typeof sequenceSpecSchema>;
/** The kinds of sequence. */
export type SequenceKind = SequenceSpec['kind'];

/** Life of a run; `interrupted` = the studio stopped (or was restarted) while it ran. */
export const sequenceStateSchema = z.enum(['running', 'done', 'failed', 'cancelled', 'interrupted']);
/** Life of a run. */
export type SequenceState = z.infer<typeof sequenceStateSchema>;

/** One frame a run fired. */
export const sequenceFrameSchema = z.object({
  index: z.number().int().nonnegative(),
  /** Epoch ms of the release. */
  at: z.number(),
  /** How late the release was against its scheduled deadline (time-lapse), ms. */
  driftMs: z.number().optional(),
  /** What this frame used: setting name → formatted value (bracket EV, focus step, ramp values). */
  settings: z.record(z.string(), z.string()).optional(),
});
/** One frame a run fired. */
export type SequenceFrame = z.infer<typeof sequenceFrameSchema>;

/** A sequence run as the studio reports and persists it. */
export const sequenceRunSchema = z.object({
  id: z.string(),
  cameraId: z.string(),
  spec: sequenceSpecSchema,
  state: sequenceStateSchema,
  /** Frames planned (null: a time-lapse until a time). */
  total: z.number().int().nonnegative().nullable(),
  /** Frames fired so far. */
  done: z.number().int().nonnegative(),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  /** Epoch ms of the next frame while running. */
  nextAt: z.number().nullable(),
  /** The shots of this run carry this group id (review). */
  groupId: z.string(),
  /** Things the photographer should know (interval shorter than capture time, settings not restored, …). */
  warnings: z.array(z.string()),
  error: errorValueSchema.optional(),
  /** Settings changed by the run and their values before it (restored at the end). */
  restore: z.record(z.string(), z.string()).optional(),
  /** The last frames (at most 200 kept). */
  frames: z.array(sequenceFrameSchema),
  /** Timing statistics of the frames fired (time-lapse): mean and worst lateness, ms. */
  drift: z.object({ meanMs: z.number(), maxMs: z.number() }).optional(),
});
/** A sequence run. */
export type SequenceRun = z.infer<typeof sequenceRunSchema>;

/** Sequence runs kept in the history. */
export const SEQUENCE_HISTORY_LIMIT = 50;
/** Frames kept per run. */
export const SEQUENCE_FRAMES_KEPT = 200;
