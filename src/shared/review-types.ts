import { z } from 'zod';
import { hasControlChars } from './studio-types';

/** Colour labels as Lightroom, Capture One and darktable name them (`xmp:Label`). */
export const COLOR_LABELS = ['red', 'yellow', 'green', 'blue', 'purple'] as const;
/** A colour label. */
export const colorLabelSchema = z.enum(COLOR_LABELS);
/** A colour label. */
export type ColorLabel = z.infer<typeof colorLabelSchema>;

/** Pick flag: picked, rejected (written as `xmp:Rating` −1, as Lightroom/Bridge/darktable read it) or neither. */
export const pickSchema = z.enum(['none', 'pick', 'reject']);
/** Pick flag. */
export type Pick = z.infer<typeof pickSchema>;

/** Star rating 0..5. */
export const ratingSchema = z.number().int().min(0).max(5);

/** The group a shot belongs to: a bracket set, a focus stack, a time-lapse, a bulb run or a capture-all. */
export const shotGroupSchema = z.object({
  id: z.string(),
  kind: z.enum(['bracket', 'focusStack', 'timelapse', 'bulb', 'captureAll']),
  /** Frame number in the group (capture-all: the camera's position in the set). */
  index: z.number().int().nonnegative(),
  /** Capture-all: this body's release time relative to the first body's, ms. */
  skewMs: z.number().optional(),
});
/** The group a shot belongs to. */
export type ShotGroup = z.infer<typeof shotGroupSchema>;

/** Review state of one shot. Rating and label live in the XMP sidecar; group and skew in the session. */
export const shotReviewSchema = z.object({
  shotId: z.string(),
  rating: ratingSchema,
  label: colorLabelSchema.nullable(),
  pick: pickSchema,
  group: shotGroupSchema.optional(),
});
/** Review state of one shot. */
export type ShotReview = z.infer<typeof shotReviewSchema>;

/** A change to the review of one or more shots (at least one field). */
export const reviewPatchSchema = z
  .object({
    rating: ratingSchema.optional(),
    label: colorLabelSchema.nullable().optional(),
    pick: pickSchema.optional(),
  })
  .strict()
  .refine(
    (p) => p.rating !== undefined || p.label !== undefined || p.pick !== undefined,
    'nothing to change',
  );
/** A change to the review of one or more shots. */
export type ReviewPatch = z.infer<typeof reviewPatchSchema>;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !hasControlChars(s.replace(/\n/g, '')), 'no control characters');

/** Metadata written into the XMP of every new shot (rating, keywords, caption, copyright, creator). */
export const captureMetadataSchema = z
  .object({
    rating: ratingSchema.optional(),
    label: colorLabelSchema.optional(),
    keywords: z
      .array(text(64).pipe(z.string().min(1)))
      .max(50)
      .optional(),
    caption: text(2000).optional(),
    copyright: text(500).optional(),
    creator: text(200).optional(),
  })
  .strict();
/** Metadata written into the XMP of every new shot. */
export type CaptureMetadata = z.infer<typeof captureMetadataSchema>;
