import type { RawValue } from '../camera-types';
import { formatBias } from './encodings/bias';
import { formatFnumber } from './encodings/fnumber';
import { formatIso } from './encodings/iso';
import { formatKelvin } from './encodings/kelvin';
import { formatShutter } from './encodings/shutter';
import { formatDistance, formatInteger, formatPercent } from './encodings/simple';
import { enumEntry } from './enum-lookup';
import { formatMagnifier } from './focus-magnifier';
import type { PropertyDef } from './types';
import { hexOf } from './value-types';

/** Friendly form of a raw value (`f/5.6`, `1/250`, `ISO 800`, `+0.7`, `5600K`, `AF-C`, `80%`). */
export function formatValue(def: PropertyDef, raw: RawValue): string {
  if (typeof raw === 'string') return raw;
  if (def.valueType === 'string') return String(raw);
  switch (def.encoding) {
    case 'fnumber':
      return formatFnumber(raw);
    case 'shutter':
      return formatShutter(raw);
    case 'iso':
      return formatIso(raw);
    case 'bias':
      return formatBias(raw);
    case 'kelvin':
      return formatKelvin(raw);
    case 'percent':
      return formatPercent(raw);
    case 'distance':
      return formatDistance(raw);
    case 'enum':
      // Values the table does not know (newer bodies) still show, as hex, rather than vanish.
      return enumEntry(def.enum ?? [], raw)?.label ?? hexOf(raw, def.valueType);
    case 'integer':
      return formatInteger(raw, def.unit);
    case 'magnifier':
      return formatMagnifier(raw);
    case 'string':
      return String(raw);
  }
}

/** Hex form used by the Alpha API (`0x1007d`); signed types in two's complement at their width. */
export function toHex(def: PropertyDef, raw: RawValue): string {
  if (typeof raw === 'string' || def.valueType === 'string') return String(raw);
  return hexOf(raw, def.valueType);
}
