import { z } from 'zod';
import { connectionModeSchema } from '../../shared/camera-types';
import { namingTemplateSchema } from '../../shared/studio-types';

/** The default naming template for new sessions. */
export const DEFAULT_TEMPLATE = '{session}_{seq:4}{ext}';

/** Studio settings persisted as `dataDir/settings.json`. Unknown keys are kept (other modules may add theirs). */
export const studioSettingsSchema = z
  .object({
    version: z.literal(1).default(1),
    /** Where session folders live; absent = `~/Pictures/Tether Studio`. */
    sessionRoot: z.string().min(1).optional(),
    /** The session that was active at exit. */
    activeSessionId: z.string().optional(),
    /** Template given to new sessions. */
    namingTemplate: namingTemplateSchema.default(DEFAULT_TEMPLATE),
    /** Connect automatically when exactly one camera is present. */
    autoConnect: z.boolean().default(false),
    /** Mode used by auto-connect. */
    defaultMode: connectionModeSchema.default('remote'),
    /** Auto-import: compare a SHA-256 of the staged and the imported file. */
    verifyHash: z.boolean().default(false),
    /** Capture: how long to wait for AF before giving up, in ms. */
    afTimeoutMs: z.number().int().min(100).max(30_000).default(3000),
    /** What capture does when AF does not confirm in time: release anyway, or fail. */
    afFailAction: z.enum(['release', 'fail']).default('release'),
    /**
     * Leave the priority key with the camera after connecting. Off (the default): the studio moves it to
     * the PC right after a remote connect, as Sony's own software does, so writes and the shutter work at
     * once. On: the camera's dials win until someone sets priority-key to pc-remote.
     */
    keepCameraPriority: z.boolean().default(false),
    /** Free-form settings owned by other modules (UI, server). */
    extra: z.record(z.string(), z.unknown()).default({}),
  })
  .loose();

/** Studio settings. */
export type StudioSettings = z.infer<typeof studioSettingsSchema>;

/** A partial settings update. */
export type StudioSettingsPatch = Partial<Omit<StudioSettings, 'version'>>;
