import { AF_SPACE_HEIGHT, AF_SPACE_WIDTH, type CardFile, type FocusFrame, type RawValue } from '../../shared/camera-types';
import { propertyByName } from '../../shared/properties';
import type { AvailableValueView, PropertyView } from '../../shared/properties/property-view';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : d);
const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

/** `0x1f` → 31; other strings stay strings. */
function rawFromHex(hex: string): RawValue {
  return /^-?0x[0-9a-f]+$/i.test(hex) ? Number.parseInt(hex, 16) : hex;
}

/** Label and group from the shared catalog; a readable fallback for names it does not know yet. */
function catalogInfo(name: string): { label: string; group: string; code: number } {
  const def = propertyByName(name);
  if (def) return { label: def.label, group: def.group, code: def.code };
  const label = name.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  return { label, group: 'other', code: 0 };
}

/** True when the entry already is a studio `PropertyView` (the studio may serve them natively). */
function isPropertyView(v: unknown): v is PropertyView {
  return isObj(v) && typeof v.name === 'string' && typeof v.label === 'string' && typeof v.hex === 'string' && Array.isArray(v.available);
}

/** `GET …/properties/all` body (`data.properties` map, or a list of views) → property views. */
export function propertiesFromBulk(body: Json): PropertyView[] {
  const data = isObj(body.data) ? body.data : body;
  if (Array.isArray(data.properties) && data.properties.every(isPropertyView)) return data.properties;
  const map = isObj(data.properties) ? data.properties : {};
  const out: PropertyView[] = [];
  for (const [name, entry] of Object.entries(map)) {
    if (!isObj(entry)) continue;
    const info = catalogInfo(name);
    const available: AvailableValueView[] = Array.isArray(entry.available_values)
      ? entry.available_values.filter(isObj).map((a) => ({
          value: typeof a.value === 'number' || typeof a.value === 'string' ? a.value : rawFromHex(str(a.hex_value)),
          hex: str(a.hex_value, str(a.value)),
          formatted: str(a.formatted),
        }))
      : [];
    const hex = str(entry.current_hex_value);
    out.push({
      name,
      code: num(entry.code, info.code),
      label: str(entry.label, info.label),
      group: str(entry.group, info.group),
      value: typeof entry.current_value === 'number' ? entry.current_value : rawFromHex(hex),
      hex,
      formatted: str(entry.current_formatted),
      writable: entry.writable === true || entry.writable === 'true',
      available,
    });
  }
  return out;
}

/** `GET …/properties/{name}` body (`data` is `PropertyData`) → a property view. */
export function propertyFromSingle(name: string, body: Json): PropertyView {
  const data = isObj(body.data) ? body.data : {};
  if (isPropertyView(data)) return data;
  const info = catalogInfo(str(data.property, name));
  const hex = str(data.value);
  return {
    name: str(data.property, name),
    code: num(data.code, info.code),
    label: str(data.label, info.label),
    group: str(data.group, info.group),
    value: rawFromHex(hex),
    hex,
    formatted: str(data.formatted),
    writable: data.writable === true || data.writable === 'true',
    available: Array.isArray(data.available_values)
      ? data.available_values.filter(isObj).map((a) => ({ value: rawFromHex(str(a.value)), hex: str(a.value), formatted: str(a.formatted) }))
      : [],
  };
}

function kindOf(name: string): CardFile['kind'] {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  if (ext === 'jpg' || ext === 'jpeg') return 'jpeg';
  if (['arw', 'srf', 'sr2', 'dng'].includes(ext)) return 'raw';
  if (ext === 'hif' || ext === 'heif' || ext === 'heic') return 'heif';
  if (['mp4', 'mov', 'mts', 'xavc'].includes(ext)) return 'movie';
  return 'other';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** One `SDCardFile` (or a studio `CardFile`) → `CardFile`. */
export function cardFileFromApi(slot: number, f: Json): CardFile {
  if (typeof f.contentId === 'number' && typeof f.name === 'string' && typeof f.createdAt === 'string') return f as unknown as CardFile;
  const path = str(f.file_path);
  const name = path.split(/[\\/]/).pop() ?? path;
  const createdAt =
    typeof f.creation_year === 'number'
      ? `${pad(num(f.creation_year), 4)}-${pad(num(f.creation_month, 1))}-${pad(num(f.creation_day, 1))}T${pad(num(f.creation_hour))}:${pad(num(f.creation_minute))}:${pad(num(f.creation_second))}`
      : '';
  const out: CardFile = { slot, contentId: num(f.content_id), fileId: num(f.file_id), path, name, size: num(f.file_size), createdAt, kind: kindOf(name) };
  if (typeof f.width === 'number') out.width = f.width;
  if (typeof f.height === 'number') out.height = f.height;
  return out;
}

/** One `AFFrame` (centre + size, in AF space or normalised) → `FocusFrame` (centre in the 640×480 AF space). */
export function focusFrameFromApi(f: Json): FocusFrame {
  const pos = isObj(f.position) ? f.position : {};
  const norm = isObj(f.normalized) ? f.normalized : null;
  const size = isObj(f.size) ? f.size : {};
  const x = norm ? Math.round(num(norm.x) * AF_SPACE_WIDTH) : num(pos.x);
  const y = norm ? Math.round(num(norm.y) * AF_SPACE_HEIGHT) : num(pos.y);
  const w = typeof size.normalized_width === 'number' ? Math.round(size.normalized_width * AF_SPACE_WIDTH) : num(size.width);
  const h = typeof size.normalized_height === 'number' ? Math.round(size.normalized_height * AF_SPACE_HEIGHT) : num(size.height);
  const states = ['focused', 'not-focused', 'moving', 'selection', 'registration-af', 'island', 'unknown'] as const;
  const state = states.find((s) => s === f.state) ?? 'unknown';
  return { type: str(f.type, 'unknown'), state, priority: num(f.priority), position: { x, y }, size: { width: w, height: h } };
}
