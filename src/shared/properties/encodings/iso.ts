// CRSDK: IsoSensitivity is CrDataType_UInt32; bits 0-23 ISO value (0xFFFFFF = AUTO), bits 24-27 ISO mode
// (CrISOMode: 0 normal, 1 multi-frame NR, 2 multi-frame NR high), bits 28-31 extension (CrISO_Ext = 0x10 in
// the mode byte: the value is an expanded ISO).

/** CrISO_AUTO (low 24 bits). */
export const ISO_AUTO = 0xffffff;
/** Flag set on expanded ("extended") ISO values. */
export const ISO_EXT_FLAG = 0x10000000;
/** ISO mode: multi-frame noise reduction. */
export const ISO_MODE_MULTI_FRAME_NR = 1;
/** ISO mode: multi-frame noise reduction, high. */
export const ISO_MODE_MULTI_FRAME_NR_HIGH = 2;

/** Builds a raw ISO value. */
export function isoValue(iso: number, opts: { ext?: boolean; mode?: number } = {}): number {
  return ((opts.ext ? ISO_EXT_FLAG : 0) + ((opts.mode ?? 0) & 0xf) * 0x1000000 + (iso & 0xffffff)) >>> 0;
}

/** Splits a raw ISO value into its parts. */
export function isoParts(raw: number): { iso: number; auto: boolean; mode: number; ext: boolean } {
  const iso = raw & 0xffffff;
  return {
    iso,
    auto: iso === ISO_AUTO,
    mode: Math.floor(raw / 0x1000000) & 0xf,
    ext: Math.floor(raw / 0x10000000) !== 0,
  };
}

const STANDARD = [
  100, 125, 160, 200, 250, 320, 400, 500, 640, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000, 6400,
  8000, 10000, 12800, 16000, 20000, 25600, 32000, 40000, 51200,
];
const EXPANDED_LOW = [50, 64, 80];
const EXPANDED_HIGH = [64000, 80000, 102400, 128000, 160000, 204800];

/** ILCE-7M4 stills ISO list: AUTO, expanded 50–80, 100–51200, expanded 64000–204800, in 1/3 stops. */
export const ISO_VALUES: readonly number[] = [
  ISO_AUTO,
  ...EXPANDED_LOW.map((n) => isoValue(n, { ext: true })),
  ...STANDARD,
  ...EXPANDED_HIGH.map((n) => isoValue(n, { ext: true })),
];

const MODE_SUFFIX: Record<number, string> = { 1: ' MFNR', 2: ' MFNR High' };

/** `ISO 800`, `AUTO`, `ISO 50 (ext)`, `ISO 3200 MFNR`. */
export function formatIso(raw: number): string {
  const p = isoParts(raw);
  const base = p.auto ? 'AUTO' : `ISO ${p.iso}`;
  const mode = MODE_SUFFIX[p.mode] ?? (p.mode ? ` mode ${p.mode}` : '');
  return `${base}${mode}${p.ext ? ' (ext)' : ''}`;
}

/** Friendly ISO forms: `auto`, `ISO AUTO`, `ISO 800`, `iso800`, with optional `MFNR`, `MFNR High`, `(ext)`. */
export function parseIso(text: string): number | undefined {
  let t = text.toLowerCase().replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  let ext = false;
  let mode = 0;
  if (/\bext(ended)?$/.test(t)) {
    ext = true;
    t = t.replace(/\s*\bext(ended)?$/, '');
  }
  const modeMatch = /\s*\b(mfnr|multi-?frame-?nr)(\s*[-_ ]?high)?$/.exec(t);
  if (modeMatch) {
    mode = modeMatch[2] ? ISO_MODE_MULTI_FRAME_NR_HIGH : ISO_MODE_MULTI_FRAME_NR;
    t = t.slice(0, modeMatch.index);
  }
  const m = /^(iso\s*)?(auto|\d+)$/.exec(t.trim());
  if (!m) return undefined;
  if (!m[1] && m[2] !== 'auto' && !ext && !mode) return undefined;
  const iso = m[2] === 'auto' ? ISO_AUTO : Number(m[2]);
  if (iso > ISO_AUTO) return undefined;
  return isoValue(iso, { ext, mode });
}
