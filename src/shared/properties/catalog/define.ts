import type { PropertyDef } from '../types';

/** A catalog entry with `readOnly` defaulting to false. */
export function p(def: Omit<PropertyDef, 'readOnly'> & { readOnly?: boolean }): PropertyDef {
  return { ...def, readOnly: def.readOnly ?? false };
}

/** A read-only status entry. */
export function ro(def: Omit<PropertyDef, 'readOnly'>): PropertyDef {
  return { ...def, readOnly: true };
}
