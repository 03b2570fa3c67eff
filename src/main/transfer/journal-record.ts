import { z } from 'zod';
import { transferJobSchema } from '../../shared/transfer-types';

/** Where a journaled job's file goes: a session (by id) or a plain folder (`destDir` pulls). */
export const journalDestinationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), sessionId: z.string().min(1) }),
  z.object({ kind: z.literal('folder'), dir: z.string().min(1) }),
]);
/** Where a journaled job's file goes. */
export type JournalDestination = z.infer<typeof journalDestinationSchema>;

/**
 * One job as the journal keeps it: the public record plus everything needed to run it again after a
 * restart (its destination, the name request, the reserved final name, the staged source).
 */
export const journalRecordSchema = z.object({
  job: transferJobSchema,
  lane: z.enum(['card', 'auto']),
  destination: journalDestinationSchema,
  request: z.object({
    cameraId: z.string(),
    camera: z.string(),
    original: z.string(),
    /** ISO capture time. */
    date: z.string().optional(),
    /** The camera's clock at capture (see `NameRequest.capturedAt`). */
    capturedAt: z.string().optional(),
  }),
  kind: z.enum(['jpeg', 'raw', 'heif', 'movie', 'other']),
  alloc: z.object({ seq: z.number().int().nonnegative(), fileName: z.string(), path: z.string() }).nullable(),
  /** The `.part` holding the bytes when it is not `alloc.path` + `.part` (the name was taken at commit). */
  part: z.string().optional(),
  stagedPath: z.string().optional(),
  announce: z.boolean().optional(),
});
/** One journaled job. */
export type JournalRecord = z.infer<typeof journalRecordSchema>;

/** One line of the journal: a job written (whole), or a job gone (finished, cancelled, forgotten). */
export const journalLineSchema = z.union([
  z.object({ put: journalRecordSchema }).strict(),
  z.object({ del: z.string().min(1) }).strict(),
]);
/** One line of the journal. */
export type JournalLine = z.infer<typeof journalLineSchema>;
