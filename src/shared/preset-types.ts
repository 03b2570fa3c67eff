import { z } from 'zod';
import { errorValueSchema } from './errors';
import { hasControlChars } from './studio-types';

/** Property names as the catalog spells them. */
export const presetPropertyNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/i, 'invalid property name');

/** Preset names: printable, bounded. */
export const presetNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((s) => !hasControlChars(s) && !/[\\/]/.test(s), 'invalid preset name');

/** One saved setting: the raw value (hex, exact across bodies of one family) and how it read. */
export const presetValueSchema = z
  .object({
    name: presetPropertyNameSchema,
    /** Raw value as the camera reported it (`0x…`), what is written back. */
    value: z.string().min(1).max(256),
    /** Friendly form at save time (`1/250`, `ISO 400`), for display. */
    formatted: z.string().max(256),
  })
  .strict();
/** One saved setting. */
export type PresetValue = z.infer<typeof presetValueSchema>;

/** A named set of camera settings. */
export const presetSchema = z
  .object({
    name: presetNameSchema,
    createdAt: z.string().max(64),
    /** The body it was saved from. */
    model: z.string().max(80).optional(),
    values: z.array(presetValueSchema).min(1).max(200),
  })
  .strict();
/** A named set of camera settings. */
export type Preset = z.infer<typeof presetSchema>;

/** The export/import document. */
export const presetFileSchema = z
  .object({
    format: z.literal('tether-studio-presets'),
    version: z.literal(1),
    presets: z.array(presetSchema).min(1).max(500),
  })
  .strict();
/** The export/import document. */
export type PresetFile = z.infer<typeof presetFileSchema>;

/** What applying a preset did, setting by setting, in the order written. */
export const presetApplyResultSchema = z.object({
  preset: z.string(),
  results: z.array(
    z.object({
      name: z.string(),
      ok: z.boolean(),
      /** The value as re-read after the write. */
      formatted: z.string().optional(),
      error: errorValueSchema.optional(),
    }),
  ),
});
/** What applying a preset did. */
export type PresetApplyResult = z.infer<typeof presetApplyResultSchema>;

/**
 * Write order of a preset: settings that decide what others may take come first (exposure mode before
 * shutter/aperture/ISO, drive and focus mode before their dependants, white balance before its temperature).
 * Names not listed follow in the preset's own order.
 */
export const PRESET_WRITE_ORDER: readonly string[] = [
  'exposure-program-mode',
  'file-format',
  'still-image-store-destination',
  'drive-mode',
  'focus-mode',
  'focus-area',
  'shutter-type',
  'aperture',
  'shutter-speed',
  'iso',
  'exposure-compensation',
  'metering-mode',
  'white-balance',
  'white-balance-color-temp',
];
