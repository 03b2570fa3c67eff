import { z } from 'zod';
import { studioIdSchema } from '../arg-schemas';
import { transferJobSchema } from '../transfer-types';
import { badInput, err, ok } from './alpha-route-helpers';
import { studioOk } from './envelope';
import { defineRoute } from './route-types';

const T = 'Studio';

/**
 * Studio extensions that are not StudioClient methods: import history, the active template on its own, and
 * the shot file download. (One route per StudioClient method comes from `studio-method-routes.ts`.)
 */
export const studioExtraRoutes = {
  studioTransferHistory: defineRoute({
    operationId: 'studioTransferHistory',
    method: 'GET',
    path: '/api/studio/transfers/history',
    summary: 'Import history (finished jobs, newest last)',
    tag: T,
    responses: { 200: ok(studioOk(z.array(transferJobSchema))) },
  }),
  studioGetTemplate: defineRoute({
    operationId: 'studioGetTemplate',
    method: 'GET',
    path: '/api/studio/naming-template',
    summary: "The active session's naming template",
    tag: T,
    responses: { 200: ok(studioOk(z.object({ template: z.string(), sessionId: z.string() }))) },
  }),
  studioShotFile: defineRoute({
    operationId: 'studioShotFile',
    method: 'GET',
    path: '/api/studio/shots/{shotId}/file',
    summary: 'Download the shot file itself (Content-Disposition: attachment)',
    tag: T,
    params: z.object({ shotId: studioIdSchema }),
    responses: {
      400: badInput,
      200: { description: 'File bytes', contentType: 'application/octet-stream' },
      404: err('Not found'),
    },
  }),
} as const;
