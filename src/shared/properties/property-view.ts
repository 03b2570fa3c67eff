import { z } from 'zod';
import type { RawValue } from '../camera-types';

/** One entry of a property's currently available values, as shown to users and API clients. */
export interface AvailableValueView {
  /** Raw SDK value (number, sign-decoded; or string). */
  value: RawValue;
  /** Hex form used by the Alpha API (`0x1007d`), or the string itself for string properties. */
  hex: string;
  /** Friendly form (`1/125`, `f/5.6`, `ISO 800`, `AF-C`). */
  formatted: string;
}

/** A property described for humans and API clients: raw value + catalog knowledge. */
export interface PropertyView {
  /** Alpha API name (`iso`, `shutter-speed`, …). */
  name: string;
  /** CRSDK property code. */
  code: number;
  /** UI label (`ISO`, `Shutter`, …); also the control's accessible name. */
  label: string;
  /** Catalog group for panel layout. */
  group: string;
  value: RawValue;
  hex: string;
  formatted: string;
  writable: boolean;
  available: AvailableValueView[];
}

/** A {@link PropertyView} as it crosses HTTP (the HTTP transport checks answers against it). */
export const propertyViewSchema = z.object({
  name: z.string(),
  code: z.number().int(),
  label: z.string(),
  group: z.string(),
  value: z.union([z.number(), z.string()]),
  hex: z.string(),
  formatted: z.string(),
  writable: z.boolean(),
  available: z.array(
    z.object({ value: z.union([z.number(), z.string()]), hex: z.string(), formatted: z.string() }),
  ),
}) satisfies z.ZodType<PropertyView>;
