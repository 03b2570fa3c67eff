import { z } from 'zod';
import { cardFileSchema } from './camera-types';
import { absolutePathSchema, cameraIdSchema, cardRefSchema } from './arg-schemas';

/** Where a card file was imported before: the session shot that holds it. */
export const importedMarkSchema = z.object({
  sessionId: z.string(),
  shotId: z.string(),
  /** The shot's file name in its session folder. */
  fileName: z.string(),
});
/** Where a card file was imported before. */
export type ImportedMark = z.infer<typeof importedMarkSchema>;

/**
 * A card file as the studio lists it: the camera's entry plus `imported` when a session already holds it
 * (same camera, original name, size and capture time; see `ImportedShots`).
 */
export const cardListingFileSchema = cardFileSchema.extend({ imported: importedMarkSchema.optional() });
/** A card file as the studio lists it. */
export type CardListingFile = z.infer<typeof cardListingFileSchema>;

/** Where a card pull goes and whether files already imported are skipped. */
export const cardPullOptionsSchema = z
  .object({
    /** An absolute folder instead of a session. */
    destDir: absolutePathSchema.optional(),
    /** A session other than the active one (a drop onto the session list). */
    sessionId: z.string().min(1).max(100).optional(),
    /** Leave out files a session already holds, and files a pull is already under way for. */
    skipImported: z.boolean().optional(),
  })
  .strict()
  .refine((o) => !(o.destDir !== undefined && o.sessionId !== undefined), {
    message: 'give destDir or sessionId, not both',
  });
/** Where a card pull goes and whether files already imported are skipped. */
export type CardPullOptions = z.infer<typeof cardPullOptionsSchema>;

/** Card tiles dragged inside the window (to a session of the list): validated where they are dropped. */
export const cardDragPayloadSchema = z
  .object({ cameraId: cameraIdSchema, refs: z.array(cardRefSchema).min(1).max(5000) })
  .strict();
/** Card tiles dragged inside the window. */
export type CardDragPayload = z.infer<typeof cardDragPayloadSchema>;
