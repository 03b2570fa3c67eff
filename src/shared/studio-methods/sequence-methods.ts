import { z } from 'zod';
import { cameraIdSchema, studioIdSchema } from '../arg-schemas';
import { captureAllOptionsSchema, captureAllResultSchema } from '../multi-camera-types';
import { sequenceRunSchema, sequenceSpecSchema } from '../sequence-types';
import { method } from './define';

/** Sequences run by the studio and the multi-camera trigger (issue 11). */
export const sequenceMethods = {
  startSequence: method({
    args: z.tuple([cameraIdSchema, sequenceSpecSchema]),
    names: ['cameraId', 'spec'],
    result: sequenceRunSchema,
    http: { verb: 'POST', path: '/api/studio/sequences', status: 201 },
    summary: 'Start a sequence (bracket, focus stack, time-lapse, bulb) on a camera; answers the run',
  }),
  listSequences: method({
    args: z.tuple([]),
    names: [],
    result: z.array(sequenceRunSchema),
    http: { verb: 'GET', path: '/api/studio/sequences' },
    summary: 'Sequence runs: running ones and the persisted history, newest first',
  }),
  getSequence: method({
    args: z.tuple([studioIdSchema]),
    names: ['runId'],
    result: sequenceRunSchema,
    http: { verb: 'GET', path: '/api/studio/sequences/{runId}' },
    summary: 'One sequence run',
  }),
  cancelSequence: method({
    args: z.tuple([studioIdSchema]),
    names: ['runId'],
    result: sequenceRunSchema,
    http: { verb: 'POST', path: '/api/studio/sequences/{runId}/cancel' },
    summary: 'Cancel a running sequence (settings restored); answers the run once stopped',
  }),
  captureAll: method({
    args: z.tuple([captureAllOptionsSchema.optional()]),
    names: ['options'],
    result: captureAllResultSchema,
    http: { verb: 'POST', path: '/api/studio/capture-all', spread: ['options'] },
    summary: 'Fire every connected body (or those named) at once; answers the measured skew',
  }),
} as const;
