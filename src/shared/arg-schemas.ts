/** Argument schemas several contracts share: ids, absolute paths, card references, normalized points. */
import { z } from 'zod';
import { cardFileSchema } from './camera-types';

/** Camera ids are serial-derived tokens; anything else is refused before any lookup. */
export const cameraIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/, 'invalid camera id');

/** Ids the studio mints (sessions, shots, transfer jobs). */
export const studioIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'invalid id');

/** An absolute local path (POSIX, Windows drive or UNC), bounded, no NUL. */
export const absolutePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine(
    (p) => !p.includes('\0') && (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')),
    'must be an absolute path',
  );

/** A card-file reference as the UI holds it. */
export const cardRefSchema = cardFileSchema.pick({ slot: true, contentId: true, fileId: true }).strict();

/** A point as 0..1 fractions of the frame. */
export const normalizedPointSchema = z
  .object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) })
  .strict();
