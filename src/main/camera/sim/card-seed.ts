import { shutterValue } from '../../../shared/properties';
import type { ShotExif } from './exif-segment';
import { SUBJECT_DISTANCE_M, dioptres, planeBlur } from './exposure';
import type { ShotSpec } from './shot-factory';
import type { SimIdentity } from './sim-models';
import { prng } from '../../core/prng';

/**
 * The shots already on a simulated card when the body is first plugged in: two sessions (yesterday
 * afternoon, today before "now"), about forty shots, a third of them RAW+JPEG pairs and a few RAW only.
 * Everything derives from the body's seed, so the same body always has the same card.
 */

/** A shot to put on the card. */
export interface SeedShot {
  spec: ShotSpec;
  kinds: ('jpeg' | 'raw')[];
  /** Listed file sizes, by kind. */
  sizes: { jpeg?: number; raw?: number };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** EXIF description of a shot taken by `id` with these settings. */
export function shotExif(
  id: SimIdentity,
  capturedAt: Date,
  s: {
    shutter: number;
    fnumber: number;
    iso: number;
    biasEv: number;
    exposureProgram: number;
    exposureSeconds?: number;
  },
  size: { width: number; height: number } = id.model,
): ShotExif {
  return {
    model: id.model.name,
    firmware: id.model.firmware,
    serial: id.serial,
    lens: id.model.lens.name,
    focalMm: id.model.lens.focalMm,
    capturedAt,
    ...s,
    width: size.width,
    height: size.height,
  };
}

function session(start: Date, end: Date, count: number): Date[] {
  const span = Math.max(0, end.getTime() - start.getTime());
  return Array.from(
    { length: count },
    (_, i) => new Date(start.getTime() + Math.round((span * i) / Math.max(1, count - 1))),
  );
}

/** The seeded card contents for a body, relative to `now`. */
export function seedShots(id: SimIdentity, now: Date): SeedShot[] {
  const rnd = prng(id.seed);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const yesterday = new Date(today.getTime() - 86_400_000);
  const at = (day: Date, h: number, m: number) => new Date(day.getTime() + (h * 60 + m) * 60_000);
  // Today's session ends a little before now (or spans what there is of today, just after midnight).
  const todayEnd = new Date(Math.max(today.getTime() + 60_000, now.getTime() - 20 * 60_000));
  const todayStart = new Date(Math.max(today.getTime(), todayEnd.getTime() - 100 * 60_000));
  const times = [
    ...session(at(yesterday, 14, 5), at(yesterday, 16, 40), 18),
    ...session(todayStart, todayEnd, 22),
  ];

  const { rawSize, jpegSize } = id.model;
  return times.map((capturedAt, i) => {
    const r = rnd();
    const kinds: ('jpeg' | 'raw')[] = r < 0.34 ? ['raw', 'jpeg'] : r < 0.42 ? ['raw'] : ['jpeg'];
    const settings = {
      shutter: shutterValue(1, pick(rnd, [60, 125, 125, 160, 200, 250])),
      fnumber: pick(rnd, [280, 400, 560, 560, 800]),
      iso: pick(rnd, [100, 200, 400, 800, 800, 1600]),
      biasEv: pick(rnd, [0, 0, 0, -0.3, 0.3, 0.7]),
      exposureProgram: i < 18 ? 1 : 3,
    };
    // Focused on the subject (a few shots missed it, focused on the plant in front), depth of field by aperture.
    const focusM = rnd() < 0.1 ? 1.5 : SUBJECT_DISTANCE_M;
    const blur = planeBlur(dioptres(focusM), settings.fnumber, id.model.lens.focalMm);
    const look = { blur, step: Math.round(settings.biasEv * 3), quality: 90 };
    const sizes = {
      jpeg: kinds.includes('jpeg')
        ? Math.round(jpegSize[0] + rnd() * (jpegSize[1] - jpegSize[0]))
        : undefined,
      raw: kinds.includes('raw') ? Math.round(rawSize[0] + rnd() * (rawSize[1] - rawSize[0])) : undefined,
    };
    const spec: ShotSpec = {
      exif: shotExif(id, capturedAt, settings),
      look,
      rawWidth: id.model.rawWidth,
      rawHeight: id.model.rawHeight,
      seed: (id.seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0,
    };
    return { spec, kinds, sizes };
  });
}
