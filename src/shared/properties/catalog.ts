import { EXPOSURE_PROPERTIES } from './catalog/exposure';
import { FILE_PROPERTIES } from './catalog/file';
import { MEDIA_PROPERTIES, STATUS_PROPERTIES } from './catalog/status';
import { FOCUS_PROPERTIES } from './catalog/focus';
import { DRIVE_PROPERTIES, IMAGE_PROPERTIES } from './catalog/image';
import { MOVIE_PROPERTIES } from './catalog/movie';
import { normalizeToken } from './tokens';
import type { PropertyDef } from './types';

/** Every property the studio knows, in panel order. */
export const PROPERTY_CATALOG: readonly PropertyDef[] = [
  ...EXPOSURE_PROPERTIES,
  ...FOCUS_PROPERTIES,
  ...DRIVE_PROPERTIES,
  ...IMAGE_PROPERTIES,
  ...FILE_PROPERTIES,
  ...MEDIA_PROPERTIES,
  ...STATUS_PROPERTIES,
  ...MOVIE_PROPERTIES,
];

const BY_NAME = new Map<string, PropertyDef>();
const BY_CODE = new Map<number, PropertyDef>();
for (const def of PROPERTY_CATALOG) {
  // A duplicate would make lookups silently ambiguous; fail at load so the catalog test catches it.
  for (const n of [def.name, ...(def.aliases ?? [])]) {
    const key = normalizeToken(n);
    if (BY_NAME.has(key)) throw new Error(`property catalog: duplicate name ${n}`);
    BY_NAME.set(key, def);
  }
  if (BY_CODE.has(def.code)) throw new Error(`property catalog: duplicate code 0x${def.code.toString(16)}`);
  BY_CODE.set(def.code, def);
}

/** Looks a property up by Alpha API name or alias (case-insensitive; `_` and `-` alike). */
export function propertyByName(name: string): PropertyDef | undefined {
  return BY_NAME.get(normalizeToken(name));
}

/** Looks a property up by CRSDK `CrDevicePropertyCode`. */
export function propertyByCode(code: number): PropertyDef | undefined {
  return BY_CODE.get(code);
}
