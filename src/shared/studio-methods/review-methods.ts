import { z } from 'zod';
import { cameraIdSchema, studioIdSchema } from '../arg-schemas';
import {
  presetApplyResultSchema,
  presetFileSchema,
  presetNameSchema,
  presetPropertyNameSchema,
  presetSchema,
} from '../preset-types';
import { captureMetadataSchema, reviewPatchSchema, shotReviewSchema } from '../review-types';
import { method } from './define';

const cam = '/api/studio/cameras/{cameraId}';
/** A settings file name on the host: plain, no folders. */
const settingsFileSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^\\/\0]+$/, 'a plain file name')
  .refine((s) => s !== '.' && s !== '..', 'a plain file name');

/** Review and culling, next-capture metadata, presets and camera settings files (issue 11). */
export const reviewMethods = {
  listShotReviews: method({
    args: z.tuple([studioIdSchema.optional()]),
    names: ['sessionId'],
    result: z.array(shotReviewSchema),
    http: { verb: 'GET', path: '/api/studio/reviews' },
    summary: "Ratings, labels, picks and groups of a session's shots (default: the active one)",
  }),
  reviewShots: method({
    args: z.tuple([z.array(studioIdSchema).min(1).max(1000), reviewPatchSchema]),
    names: ['shotIds', 'patch'],
    result: z.array(shotReviewSchema),
    http: { verb: 'POST', path: '/api/studio/reviews' },
    summary: 'Rate, label, pick or reject shots (written to their XMP sidecars)',
  }),
  getCaptureMetadata: method({
    args: z.tuple([]),
    names: [],
    result: captureMetadataSchema,
    http: { verb: 'GET', path: '/api/studio/capture-metadata' },
    summary: 'Metadata written into the XMP of every new shot',
  }),
  setCaptureMetadata: method({
    args: z.tuple([captureMetadataSchema]),
    names: ['metadata'],
    result: captureMetadataSchema,
    http: { verb: 'PUT', path: '/api/studio/capture-metadata', spread: ['metadata'] },
    summary: 'Replace the next-capture metadata (rating, keywords, caption, copyright, creator)',
  }),
  listPresets: method({
    args: z.tuple([]),
    names: [],
    result: z.array(presetSchema),
    http: { verb: 'GET', path: '/api/studio/presets' },
    summary: 'Saved presets',
  }),
  savePreset: method({
    args: z.tuple([cameraIdSchema, presetNameSchema, z.array(presetPropertyNameSchema).min(1).max(200)]),
    names: ['cameraId', 'name', 'properties'],
    result: presetSchema,
    http: { verb: 'POST', path: '/api/studio/presets', status: 201 },
    summary: "Save the camera's current values of the named properties as a preset",
  }),
  deletePreset: method({
    args: z.tuple([presetNameSchema]),
    names: ['name'],
    result: 'none',
    http: { verb: 'POST', path: '/api/studio/presets/{name}/delete' },
    summary: 'Delete a preset',
  }),
  applyPreset: method({
    args: z.tuple([cameraIdSchema, presetNameSchema]),
    names: ['cameraId', 'name'],
    result: presetApplyResultSchema,
    http: { verb: 'POST', path: `${cam}/presets/{name}/apply` },
    summary: 'Apply a preset: ordered writes (exposure mode before shutter/aperture, …)',
  }),
  exportPresets: method({
    args: z.tuple([z.array(presetNameSchema).min(1).max(500).optional()]),
    names: ['names'],
    result: presetFileSchema,
    http: { verb: 'POST', path: '/api/studio/presets/export' },
    summary: 'Presets (default all) as an export document',
  }),
  importPresets: method({
    args: z.tuple([presetFileSchema]),
    names: ['file'],
    result: z.array(presetSchema),
    http: { verb: 'POST', path: '/api/studio/presets/import', spread: ['file'] },
    summary: 'Import an export document (same names are replaced)',
  }),
  listCameraSettingsFiles: method({
    args: z.tuple([]),
    names: [],
    result: z.array(z.string()),
    http: { verb: 'GET', path: '/api/studio/camera-settings' },
    summary: 'Camera settings files saved on the host',
  }),
  saveCameraSettings: method({
    args: z.tuple([cameraIdSchema, settingsFileSchema.optional()]),
    names: ['cameraId', 'filename'],
    result: z.string(),
    http: { verb: 'POST', path: `${cam}/camera-settings/save`, status: 201 },
    summary: "Save the body's settings file on the host; answers the file name",
  }),
  loadCameraSettings: method({
    args: z.tuple([cameraIdSchema, settingsFileSchema]),
    names: ['cameraId', 'filename'],
    result: 'none',
    http: { verb: 'POST', path: `${cam}/camera-settings/load` },
    summary: 'Load a saved settings file into the body',
  }),
} as const;
