import { z } from 'zod';
import { captureAllResultSchema } from './multi-camera-types';
import { shotReviewSchema } from './review-types';
import { sequenceRunSchema } from './sequence-types';

/** Events of the pro-shooting services (issue 11), part of the one catalog in `events.ts`. */
export const proEventSchemas = {
  /** A sequence started, fired a frame, changed state or finished (the run without its frame list). */
  sequenceProgress: sequenceRunSchema.omit({ frames: true }).extend({
    /** The frame just fired, when this update is one. */
    frame: sequenceRunSchema.shape.frames.element.optional(),
  }),
  /** Shots were rated, labelled, picked, rejected or grouped. */
  shotReviewChanged: z.object({ sessionId: z.string(), reviews: z.array(shotReviewSchema) }),
  /** A capture-all fired every body: the measured skew. */
  captureAll: captureAllResultSchema,
  /** Presets were saved, imported or deleted. */
  presetsChanged: z.object({ names: z.array(z.string()) }),
} as const;
