import type { RawProperty } from '../camera-types';
import { propertyByCode } from './catalog';
import { formatValue, toHex } from './format';
import type { PropertyView } from './property-view';

/** Builds the view UI and API clients show for a raw property; null for codes the catalog does not know. */
export function describeProperty(raw: RawProperty): PropertyView | null {
  const def = propertyByCode(raw.code);
  if (!def) return null;
  return {
    name: def.name,
    code: def.code,
    label: def.label,
    group: def.group,
    value: raw.value,
    hex: toHex(def, raw.value),
    formatted: formatValue(def, raw.value),
    writable: raw.writable && !def.readOnly,
    available: raw.available.map((v) => ({ value: v, hex: toHex(def, v), formatted: formatValue(def, v) })),
  };
}
