import { normalizeToken } from './tokens';
import type { EnumEntry } from './types';

const cache = new WeakMap<readonly EnumEntry[], Map<string, number>>();

/** Token (normalized key, label or alias) → raw value for one enum table; built once per table. */
export function enumTokens(entries: readonly EnumEntry[]): Map<string, number> {
  let map = cache.get(entries);
  if (!map) {
    map = new Map();
    for (const entry of entries) {
      for (const text of [entry.key, entry.label, ...(entry.aliases ?? [])]) {
        const token = normalizeToken(text);
        // First writer wins so a key is never shadowed by another entry's alias.
        if (token && !map.has(token)) map.set(token, entry.value);
      }
    }
    cache.set(entries, map);
  }
  return map;
}

/** The entry for a raw value, if the table has one. */
export function enumEntry(entries: readonly EnumEntry[], value: number): EnumEntry | undefined {
  return entries.find((x) => x.value === value);
}
