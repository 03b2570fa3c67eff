import { z } from 'zod';
import {
  namingTemplateSchema,
  sessionInfoSchema,
  sessionNameSchema,
  shotImageKindSchema,
  shotInfoSchema,
  studioSettingsViewSchema,
} from '../studio-types';
import { diagnosticsBundleSchema } from '../diagnostics-types';
import { errorCodeSchema } from '../errors';
import { pendingImportSchema, transferJobSchema } from '../transfer-types';
import { absolutePathSchema, studioIdSchema } from '../arg-schemas';
import { method } from './define';

/** Transfers, sessions, naming template, shots and the session root: the session side of the StudioClient. */
export const sessionMethods = {
  listTransfers: method({
    args: z.tuple([]),
    names: [],
    result: z.array(transferJobSchema),
    http: { verb: 'GET', path: '/api/studio/transfers' },
    summary: 'Transfer queue with progress',
  }),
  cancelTransfer: method({
    args: z.tuple([studioIdSchema]),
    names: ['jobId'],
    result: transferJobSchema,
    http: { verb: 'POST', path: '/api/studio/transfers/{jobId}/cancel' },
    summary: 'Cancel a job; answers the job',
  }),
  retryTransfer: method({
    args: z.tuple([studioIdSchema]),
    names: ['jobId'],
    result: transferJobSchema,
    http: { verb: 'POST', path: '/api/studio/transfers/{jobId}/retry' },
    summary: 'Retry a failed or cancelled job; answers the job',
  }),
  retryFailedTransfers: method({
    args: z.tuple([errorCodeSchema.optional()]),
    names: ['code'],
    result: z.array(transferJobSchema),
    http: { verb: 'POST', path: '/api/studio/transfers/retry-failed' },
    summary: 'Retry every failed job, or those failed with one error code; answers the requeued jobs',
  }),
  listPendingImports: method({
    args: z.tuple([]),
    names: [],
    result: z.array(pendingImportSchema),
    http: { verb: 'GET', path: '/api/studio/pending-imports' },
    summary: 'Files found without a job: staged shots to import, stray .part files',
  }),
  retryPendingImports: method({
    args: z.tuple([z.array(studioIdSchema).max(10_000).optional()]),
    names: ['ids'],
    result: z.array(pendingImportSchema),
    http: { verb: 'POST', path: '/api/studio/pending-imports/retry' },
    summary: 'Import staged shots again (all, or ids); answers what is still pending',
  }),
  discardPendingImport: method({
    args: z.tuple([studioIdSchema]),
    names: ['id'],
    result: z.array(pendingImportSchema),
    http: { verb: 'POST', path: '/api/studio/pending-imports/{id}/discard' },
    summary: 'Delete a stray .part file (never a staged shot); answers what is still pending',
  }),
  exportDiagnostics: method({
    args: z.tuple([]),
    names: [],
    result: diagnosticsBundleSchema,
    http: { verb: 'GET', path: '/api/studio/diagnostics' },
    summary: 'Diagnostics bundle: versions, settings, cameras, queue state, logs (secrets redacted)',
  }),
  listSessions: method({
    args: z.tuple([]),
    names: [],
    result: z.array(sessionInfoSchema),
    http: { verb: 'GET', path: '/api/studio/sessions' },
    summary: 'Sessions',
  }),
  getActiveSession: method({
    args: z.tuple([]),
    names: [],
    result: sessionInfoSchema,
    http: { verb: 'GET', path: '/api/studio/sessions/active' },
    summary: 'The active session',
  }),
  createSession: method({
    args: z.tuple([sessionNameSchema, namingTemplateSchema.optional()]),
    names: ['name', 'template'],
    result: sessionInfoSchema,
    http: { verb: 'POST', path: '/api/studio/sessions', status: 201 },
    summary: 'Create a session (it becomes active), starting with a naming template or the default one',
  }),
  switchSession: method({
    args: z.tuple([studioIdSchema]),
    names: ['sessionId'],
    result: sessionInfoSchema,
    http: { verb: 'POST', path: '/api/studio/sessions/{sessionId}/activate' },
    summary: 'Switch the active session',
  }),
  setNamingTemplate: method({
    args: z.tuple([namingTemplateSchema]),
    names: ['template'],
    result: sessionInfoSchema,
    http: { verb: 'PUT', path: '/api/studio/naming-template' },
    summary: "Set the active session's naming template",
  }),
  previewName: method({
    args: z.tuple([namingTemplateSchema]),
    names: ['template'],
    result: z.string(),
    http: { verb: 'GET', path: '/api/studio/naming-template/preview' },
    summary: 'The name the next shot would get with a template',
  }),
  listShots: method({
    args: z.tuple([studioIdSchema.optional(), z.number().int().min(1).max(1_000_000).optional()]),
    names: ['sessionId', 'newest'],
    result: z.array(shotInfoSchema),
    http: { verb: 'GET', path: '/api/studio/shots' },
    summary: 'Shots of a session (default: the active one), oldest first; `newest`: only the newest N',
  }),
  getShotImage: method({
    args: z.tuple([studioIdSchema, shotImageKindSchema]),
    names: ['shotId', 'kind'],
    result: 'jpeg',
    http: { verb: 'GET', path: '/api/studio/shots/{shotId}/{kind}', cache: 'private, max-age=3600' },
    summary: 'Shot thumbnail, preview or full-resolution image (JPEG)',
  }),
  getStudioSettings: method({
    args: z.tuple([]),
    names: [],
    result: studioSettingsViewSchema,
    http: { verb: 'GET', path: '/api/studio/settings' },
    summary: 'Studio-wide settings (the session root, the default naming template)',
  }),
  setDefaultTemplate: method({
    args: z.tuple([namingTemplateSchema]),
    names: ['template'],
    result: studioSettingsViewSchema,
    http: { verb: 'PUT', path: '/api/studio/settings/naming-template' },
    summary: 'Set the naming template every new session starts with; answers the settings',
  }),
  setSessionRoot: method({
    args: z.tuple([absolutePathSchema]),
    names: ['path'],
    result: sessionInfoSchema,
    http: { verb: 'PUT', path: '/api/studio/session-root' },
    summary: 'Move the session root (absolute, created when missing, writable); re-opens the active session',
  }),
} as const;
