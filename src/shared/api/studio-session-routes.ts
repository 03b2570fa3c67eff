import { badInput, err, ok } from './alpha-route-helpers';
import { defineRoute } from './route-types';
import * as s from './studio-api';

const notFound = err('Not found');
const jpeg = { description: 'JPEG bytes', contentType: 'image/jpeg' };
const T = 'Studio';

/** Studio extensions for sessions, the naming template, shots (images and file download) and the session root. */
export const studioSessionRoutes = {
  studioListSessions: defineRoute({
    operationId: 'studioListSessions',
    method: 'GET',
    path: '/api/studio/sessions',
    summary: 'Sessions',
    tag: T,
    responses: { 200: ok(s.studioSessionsResponseSchema) },
  }),
  studioActiveSession: defineRoute({
    operationId: 'studioActiveSession',
    method: 'GET',
    path: '/api/studio/sessions/active',
    summary: 'The active session',
    tag: T,
    responses: { 200: ok(s.studioSessionResponseSchema) },
  }),
  studioCreateSession: defineRoute({
    operationId: 'studioCreateSession',
    method: 'POST',
    path: '/api/studio/sessions',
    summary: 'Create a session (becomes active)',
    tag: T,
    body: s.studioCreateSessionBodySchema,
    bodyRequired: true,
    responses: { 201: ok(s.studioSessionResponseSchema, 'Created'), 400: badInput },
  }),
  studioSwitchSession: defineRoute({
    operationId: 'studioSwitchSession',
    method: 'POST',
    path: '/api/studio/sessions/{sessionId}/activate',
    summary: 'Switch the active session',
    tag: T,
    params: s.studioSessionParamsSchema,
    responses: { 400: badInput, 200: ok(s.studioSessionResponseSchema), 404: notFound },
  }),
  studioGetTemplate: defineRoute({
    operationId: 'studioGetTemplate',
    method: 'GET',
    path: '/api/studio/naming-template',
    summary: "The active session's naming template",
    tag: T,
    responses: { 200: ok(s.studioTemplateResponseSchema) },
  }),
  studioSetTemplate: defineRoute({
    operationId: 'studioSetTemplate',
    method: 'PUT',
    path: '/api/studio/naming-template',
    summary: "Set the active session's naming template",
    tag: T,
    body: s.studioTemplateBodySchema,
    bodyRequired: true,
    responses: { 200: ok(s.studioSessionResponseSchema), 400: badInput },
  }),
  studioPreviewName: defineRoute({
    operationId: 'studioPreviewName',
    method: 'GET',
    path: '/api/studio/naming-template/preview',
    summary: 'The name the next shot would get with a template',
    tag: T,
    query: s.studioPreviewQuerySchema,
    responses: { 200: ok(s.studioPreviewResponseSchema), 400: badInput },
  }),
  studioListShots: defineRoute({
    operationId: 'studioListShots',
    method: 'GET',
    path: '/api/studio/shots',
    summary: 'Shots of a session (default: active)',
    tag: T,
    query: s.studioShotsQuerySchema,
    responses: { 400: badInput, 200: ok(s.studioShotsResponseSchema), 404: notFound },
  }),
  studioShotImage: defineRoute({
    operationId: 'studioShotImage',
    method: 'GET',
    path: '/api/studio/shots/{shotId}/{kind}',
    summary: 'Shot thumbnail or preview JPEG',
    tag: T,
    params: s.studioShotImageParamsSchema,
    responses: { 400: badInput, 200: jpeg, 404: notFound },
  }),
  studioShotFile: defineRoute({
    operationId: 'studioShotFile',
    method: 'GET',
    path: '/api/studio/shots/{shotId}/file',
    summary: 'Download the shot file itself',
    tag: T,
    params: s.studioShotParamsSchema,
    responses: {
      400: badInput,
      200: { description: 'File bytes', contentType: 'application/octet-stream' },
      404: notFound,
    },
  }),
  studioGetSettings: defineRoute({
    operationId: 'studioGetSettings',
    method: 'GET',
    path: '/api/studio/settings',
    summary: 'Studio-wide settings (the session root)',
    tag: T,
    responses: { 200: ok(s.studioSettingsResponseSchema) },
  }),
  studioSetSessionRoot: defineRoute({
    operationId: 'studioSetSessionRoot',
    method: 'PUT',
    path: '/api/studio/session-root',
    summary: 'Move the session root; re-opens the active session under it',
    description:
      'The path must be absolute; it is created when missing and must be writable. Files already shot stay where they are.',
    tag: T,
    body: s.studioSessionRootBodySchema,
    bodyRequired: true,
    responses: { 200: ok(s.studioSessionResponseSchema), 400: badInput, 500: err('Cannot write there') },
  }),
} as const;
