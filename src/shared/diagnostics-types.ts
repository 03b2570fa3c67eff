import { z } from 'zod';
import { logEntrySchema } from './api/log-entry';
import { cameraInfoSchema } from './camera-types';
import { errorValueSchema } from './errors';
import { driverStatusSchema } from './studio-types';
import { pendingImportSchema } from './transfer-types';

/** One log file in a diagnostics bundle: its name and its text (the tail when it is large). */
export const diagnosticsLogFileSchema = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  /** True when only the end of the file is included. */
  truncated: z.boolean(),
  text: z.string(),
});

/**
 * What "Export diagnostics" produces: versions, the active driver, settings, cameras, the transfer queue's
 * state, files awaiting import, corrupt files found, and the logs (memory and files). Every secret is
 * redacted (the API token never appears).
 */
export const diagnosticsBundleSchema = z.object({
  format: z.literal('tether-studio-diagnostics/1'),
  createdAt: z.string(),
  versions: z.record(z.string(), z.string()),
  driver: driverStatusSchema,
  settings: z.record(z.string(), z.unknown()),
  cameras: z.array(cameraInfoSchema),
  transfers: z.object({
    /** Jobs by state. */
    counts: z.record(z.string(), z.number().int().nonnegative()),
    failed: z.array(
      z.object({ id: z.string(), originalName: z.string(), error: errorValueSchema.optional() }),
    ),
  }),
  pendingImports: z.array(pendingImportSchema),
  corruptFiles: z.array(
    z.object({ file: z.string(), movedTo: z.string(), reason: z.string(), at: z.number() }),
  ),
  logs: z.object({ recent: z.array(logEntrySchema), files: z.array(diagnosticsLogFileSchema) }),
});
/** A diagnostics bundle. */
export type DiagnosticsBundle = z.infer<typeof diagnosticsBundleSchema>;
