import { z } from 'zod';
import { errorValueSchema } from './errors';

/** Where a transfer's bytes come from. */
export const transferSourceSchema = z.discriminatedUnion('kind', [
  /** An explicit pull of a card file (remote-transfer or contents mode). */
  z.object({
    kind: z.literal('card'),
    slot: z.number().int().min(1).max(2),
    contentId: z.number().int().nonnegative(),
    fileId: z.number().int().nonnegative(),
  }),
  /** A shot the camera auto-downloaded to the host staging folder (remote mode, store destination host-pc/both). */
  z.object({ kind: z.literal('auto'), stagedPath: z.string() }),
]);
/** Where a transfer's bytes come from. */
export type TransferSource = z.infer<typeof transferSourceSchema>;

/** Life of a transfer job. */
export const transferStateSchema = z.enum(['queued', 'running', 'paused', 'done', 'failed', 'cancelled']);
/** Life of a transfer job. */
export type TransferState = z.infer<typeof transferStateSchema>;

/** One transfer job as the queue reports it. */
export const transferJobSchema = z.object({
  id: z.string(),
  cameraId: z.string(),
  source: transferSourceSchema,
  /** Camera-provided original name (sanitised). */
  originalName: z.string(),
  /** Final path on disk once known (set when the job starts; the file exists under it only when done). */
  targetPath: z.string().optional(),
  state: transferStateSchema,
  bytesDone: z.number().int().nonnegative(),
  bytesTotal: z.number().int().nonnegative(),
  /** 0..100, integer. */
  percent: z.number().int().min(0).max(100),
  /** Bytes per second over the last second or so. */
  speed: z.number().nonnegative(),
  attempts: z.number().int().nonnegative(),
  createdAt: z.number(),
  finishedAt: z.number().optional(),
  error: errorValueSchema.optional(),
  /** Restored from the transfer journal after the studio restarted. */
  recovered: z.boolean().optional(),
  /** Bytes already on disk (its `.part`) when this job last resumed; absent when it started from 0. */
  resumedFrom: z.number().int().nonnegative().optional(),
  /** Paused or queued card pull waiting for the camera to come back, or for a mode with card access. */
  waitingFor: z.enum(['camera', 'card-mode']).optional(),
});
/** One transfer job as the queue reports it. */
export type TransferJob = z.infer<typeof transferJobSchema>;

/** Connection modes in which a card pull can run. */
export const CARD_PULL_MODES = ['remote-transfer', 'contents'] as const;

/**
 * A file the studio found but has no job for: a shot left in the staging folder (the camera delivered it,
 * importing it failed or the studio stopped first), or a `.part` nobody resumes (a partial file; safe to
 * discard: the original is still on the card).
 */
export const pendingImportSchema = z.object({
  id: z.string(),
  kind: z.enum(['staged', 'partial']),
  /** Where the file is. */
  path: z.string(),
  fileName: z.string(),
  /** The camera whose staging folder holds it (staged files). */
  cameraId: z.string().optional(),
  size: z.number().int().nonnegative(),
  /** Epoch ms when the studio found it. */
  foundAt: z.number(),
  /** Why the last import attempt failed. */
  error: errorValueSchema.optional(),
});
/** A file found without a job (see {@link pendingImportSchema}). */
export type PendingImport = z.infer<typeof pendingImportSchema>;
