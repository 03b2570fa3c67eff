import { z } from 'zod';

/** One log line (the Alpha API's server logs and the studio's diagnostics both carry it). */
export const logEntrySchema = z.object({
  timestamp: z.string(),
  level: z.enum(['debug', 'info', 'warn', 'error']),
  message: z.string(),
  scope: z.string().optional(),
  cameraId: z.string().optional(),
});
