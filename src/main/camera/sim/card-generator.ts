import { shutterValue } from '../../../shared/properties';
import { prng } from '../../core/prng';
import { shotExif, type SeedShot } from './card-seed';
import { SUBJECT_DISTANCE_M, dioptres, planeBlur } from './exposure';
import type { SimIdentity } from './sim-models';

/**
 * A card that has seen weeks of use: `files` files over many shooting days, for card-scale work
 * (`--sim-card-shots N`, `TETHER_SIM_CARD_SHOTS`). Days of 9:00–19:00 sessions with bursts, a mix of
 * JPEG, RAW+JPEG pairs and RAW, movie clips in between, and a file counter that starts high enough to
 * roll over 9999 into the next DCIM folder. Only metadata is made here (thousands of entries in a few
 * milliseconds); pixels come when a file or thumbnail is asked for. Deterministic per body and `now`.
 */

/** The largest generated card (files). */
export const MAX_CARD_FILES = 100_000;

/** Card size from `TETHER_SIM_CARD_SHOTS` (files on each card), or undefined for the small default card. */
export function simCardFiles(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const n = Number.parseInt(env.TETHER_SIM_CARD_SHOTS ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(MAX_CARD_FILES, n) : undefined;
}

/** One item on the card, oldest first. */
export type CardItem = { type: 'shot'; shot: SeedShot } | { type: 'movie'; createdAt: Date; size: number };

/** Movie bit rate of the default XAVC S 4K setting: 100 Mbit/s. */
const MOVIE_BYTES_PER_SEC = 12_500_000;
/** Shots a shooting day holds on average. */
const SHOTS_PER_DAY = 350;

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** The card's items for a body: about `files` files (a RAW+JPEG pair is two), oldest first. */
export function generateCard(id: SimIdentity, now: Date, files: number): CardItem[] {
  const rnd = prng((id.seed ^ 0x5eed_ca4d) >>> 0);
  const items: CardItem[] = [];
  const { rawSize, jpegSize, lens } = id.model;
  // Roughly 1.5 files per shot and a clip every ~40 items decide how many days the card spans.
  const days = Math.max(2, Math.ceil(files / 1.5 / SHOTS_PER_DAY));
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  // Shooting days go back from yesterday, with days off in between.
  const dayStarts: Date[] = [];
  for (let back = 1; dayStarts.length < days; back += 1 + (rnd() < 0.4 ? Math.floor(rnd() * 4) : 0))
    dayStarts.unshift(new Date(today.getTime() - back * 86_400_000));
  let count = 0;
  let shotIndex = 0;
  for (let d = 0; d < days && count < files; d++) {
    const left = files - count;
    const daysLeft = days - d;
    const budget = Math.max(1, Math.round(left / daysLeft));
    let t = dayStarts[d].getTime() + (9 * 60 + Math.floor(rnd() * 120)) * 60_000;
    const end = dayStarts[d].getTime() + 19 * 3_600_000;
    const perItem = Math.max(2_000, Math.floor((end - t) / Math.max(1, budget / 1.5)));
    // A shooting day keeps one setup; now and then a shot varies the aperture or the compensation.
    const setup = {
      shutter: shutterValue(1, pick(rnd, [60, 125, 125, 160, 200, 250, 500, 1000])),
      fnumber: pick(rnd, [280, 400, 560, 560, 800, 1100]),
      iso: pick(rnd, [100, 200, 400, 800, 800, 1600, 3200]),
      biasEv: pick(rnd, [0, 0, 0, -0.3, 0.3, 0.7]),
      exposureProgram: pick(rnd, [1, 1, 3, 2]),
    };
    for (let used = 0; used < budget && count < files;) {
      if (rnd() < 0.025) {
        const seconds = 5 + Math.floor(rnd() * 115);
        items.push({ type: 'movie', createdAt: new Date(t), size: seconds * MOVIE_BYTES_PER_SEC });
        count++;
        used++;
        t += seconds * 1000 + perItem;
        continue;
      }
      const r = rnd();
      const kinds: ('jpeg' | 'raw')[] =
        count + 1 === files ? ['jpeg'] : r < 0.45 ? ['raw', 'jpeg'] : r < 0.55 ? ['raw'] : ['jpeg'];
      const v = rnd();
      const settings = {
        ...setup,
        ...(v < 0.06 ? { fnumber: pick(rnd, [280, 560, 1100]) } : {}),
        ...(v > 0.94 ? { biasEv: setup.biasEv + pick(rnd, [-0.7, 0.7]) } : {}),
      };
      // A few frames missed the subject and focused on the plant in front.
      const focusM = rnd() < 0.05 ? 1.5 : SUBJECT_DISTANCE_M;
      const spec = {
        exif: shotExif(id, new Date(t), settings),
        look: {
          blur: planeBlur(dioptres(focusM), settings.fnumber, lens.focalMm),
          step: Math.round(settings.biasEv * 3),
          quality: 90,
        },
        rawWidth: id.model.rawWidth,
        rawHeight: id.model.rawHeight,
        seed: (id.seed ^ Math.imul(++shotIndex, 0x85ebca6b)) >>> 0,
      };
      const sizes = {
        jpeg: kinds.includes('jpeg')
          ? Math.round(jpegSize[0] + rnd() * (jpegSize[1] - jpegSize[0]))
          : undefined,
        raw: kinds.includes('raw') ? Math.round(rawSize[0] + rnd() * (rawSize[1] - rawSize[0])) : undefined,
      };
      items.push({ type: 'shot', shot: { spec, kinds, sizes } });
      count += kinds.length;
      used += kinds.length;
      // Bursts: a few frames a fraction of a second apart, then a pause.
      t += rnd() < 0.3 ? 100 + Math.floor(rnd() * 400) : Math.floor(perItem * (0.5 + rnd()));
    }
  }
  return items;
}

/** The file counter the card starts at: high enough that `shots` shots roll over 9999 once. */
export function startingFileNumber(id: SimIdentity, shots: number): number {
  const before = Math.max(1, Math.floor(shots * (0.3 + (id.seed % 1000) / 2500)));
  return Math.max(1, 10_000 - before);
}
