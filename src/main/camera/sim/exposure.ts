import { DEPTH_PLANES_M, SUBJECT_PLANE } from './scene-svg';

/**
 * Exposure and focus arithmetic of the simulated body: APEX values, the auto-exposure program line,
 * and how far the rendered image is from a correct exposure or from sharp focus.
 */

/** Brightness of the simulated studio set at ISO 100 (EV100): correct at f/5.6, 1/125, ISO 800. */
export const SCENE_EV100 = 9;
/** Distance from the sensor to the subject plane (colour chart and text card), metres. */
export const SUBJECT_DISTANCE_M = DEPTH_PLANES_M[SUBJECT_PLANE];
/** Sensor width of a full-frame body, metres. */
const SENSOR_WIDTH_M = 0.0359;
/** Slowest shutter the auto modes pick without a tripod warning (1/60 s ⇒ Tv 6). */
const HANDHELD_TV = Math.log2(60);

/** Exposure program as the sim reasons about it (mapped from the catalog's enum). */
export type ProgramMode = 'P' | 'A' | 'S' | 'M' | 'AUTO';

/** What the user (or the dial) set; `null` means the body chooses. */
export interface ExposureRequest {
  program: ProgramMode;
  /** F-number ×100 (CRSDK encoding). */
  fnumber: number;
  /** Shutter in CRSDK encoding (`num << 16 | den`, 0 = bulb). */
  shutter: number;
  /** ISO, or null for ISO AUTO. */
  iso: number | null;
  /** Exposure bias in EV. */
  biasEv: number;
}

/** What the body actually uses, snapped to values it can report, and how far from correct it lands. */
export interface ExposureResult {
  fnumber: number;
  shutter: number;
  iso: number;
  /** Image brightness relative to a correct exposure of the scene, EV (+ = brighter). */
  diffEv: number;
}

/** Values the body can choose from (CRSDK encodings); shutters exclude bulb. */
export interface ExposureLimits {
  fnumbers: readonly number[];
  shutters: readonly number[];
  isos: readonly number[];
  /** ISO AUTO upper limit. */
  autoIsoMax: number;
}

/** Seconds of a CRSDK shutter value (bulb is treated as 30 s for the preview). */
export function exposureSeconds(raw: number): number {
  if (raw === 0) return 30;
  const num = raw >>> 16;
  const den = raw & 0xffff;
  return den === 0 ? 30 : num / den;
}

const av = (fnumber: number) => 2 * Math.log2(fnumber / 100);
const tv = (shutter: number) => -Math.log2(exposureSeconds(shutter));
const sv = (iso: number) => Math.log2(iso / 100);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function nearest<T>(list: readonly T[], score: (v: T) => number, target: number): T {
  let best = list[0];
  let bestDist = Infinity;
  for (const v of list) {
    const d = Math.abs(score(v) - target);
    if (d < bestDist) {
      best = v;
      bestDist = d;
    }
  }
  return best;
}

/**
 * Runs the body's metering: in P/AUTO it chooses aperture and shutter along a program line, in A the
 * shutter, in S the aperture; ISO AUTO raises ISO only to keep the shutter hand-holdable. Manual modes
 * leave the user's values alone, so brightness then follows every setting directly.
 */
export function meter(req: ExposureRequest, limits: ExposureLimits, sceneEv = SCENE_EV100): ExposureResult {
  const target = sceneEv - (req.program === 'M' && req.iso !== null ? 0 : req.biasEv);
  const avMin = av(Math.min(...limits.fnumbers));
  const avMax = av(Math.max(...limits.fnumbers));
  const tvs = limits.shutters.map(tv);
  const tvMin = Math.min(...tvs);
  const tvMax = Math.max(...tvs);
  const svMax = sv(limits.autoIsoMax);
  const autoIso = req.iso === null || req.program === 'AUTO';
  let A = av(req.fnumber);
  let T = tv(req.shutter);
  let S = autoIso ? 0 : sv(req.iso ?? 100);

  switch (req.program) {
    case 'P':
    case 'AUTO': {
      // Program line: Av = (EV - 2) / 2, so f/5.6 at 1/125 for EV 12; ISO rises until that reaches 1/60.
      if (autoIso) S = clamp(10 - target, 0, svMax);
      const total = target + S;
      A = clamp((total - 2) / 2, avMin, avMax);
      T = clamp(total - A, tvMin, tvMax);
      break;
    }
    case 'A':
      if (autoIso) S = clamp(A + HANDHELD_TV - target, 0, svMax);
      T = clamp(target + S - A, tvMin, tvMax);
      break;
    case 'S':
      if (autoIso) S = clamp(T + avMin - target, 0, svMax);
      A = clamp(target + S - T, avMin, avMax);
      break;
    case 'M':
      if (autoIso) S = clamp(A + T - target, 0, svMax);
      break;
  }

  const fnumber = req.program === 'A' || req.program === 'M' ? req.fnumber : nearest(limits.fnumbers, av, A);
  const shutter = req.program === 'S' || req.program === 'M' ? req.shutter : nearest(limits.shutters, tv, T);
  const iso = autoIso ? nearest(limits.isos, sv, S) : (req.iso as number);
  const diffEv = sceneEv - (av(fnumber) + tv(shutter) - sv(iso));
  return { fnumber, shutter, iso, diffEv };
}

/** Brightness step of the rendered image: 1/3 EV steps, clamped to ±5 EV (what the renderer caches by). */
export function brightnessStep(diffEv: number): number {
  return clamp(Math.round(diffEv * 3), -15, 15);
}

/** Multiplier applied to gamma-encoded pixels for a brightness step (linear light ×2^EV, then gamma 2.2). */
export function brightnessGain(step: number): number {
  return Math.pow(2, step / 3 / 2.2);
}

/** Focus as the sim tracks it: dioptres (1/m) of the focus plane; 0 = infinity. */
export function dioptres(distanceM: number): number {
  return distanceM === Infinity ? 0 : 1 / distanceM;
}

/**
 * Diameter of the blur circle of a plane at `planeM` metres (default: the subject), in pixels of an image
 * `imageWidth` wide: (f² / N) · |Δ dioptres| on the sensor, scaled to the image.
 */
export function blurDiameterPx(
  focusD: number,
  fnumber: number,
  focalMm: number,
  imageWidth: number,
  planeM = SUBJECT_DISTANCE_M,
): number {
  const f = focalMm / 1000;
  const onSensor = ((f * f) / (fnumber / 100)) * Math.abs(focusD - dioptres(planeM));
  return (onSensor / SENSOR_WIDTH_M) * imageWidth;
}

/** Blur level of every depth plane of the set (far to near) for a focus position and aperture. */
export function planeBlur(focusD: number, fnumber: number, focalMm: number): number[] {
  return DEPTH_PLANES_M.map((m) => blurLevel(blurDiameterPx(focusD, fnumber, focalMm, 1024, m)));
}

/** Pre-blurred levels the renderer keeps, as Gaussian sigma at live-view width (1024 px). */
export const BLUR_SIGMAS: readonly number[] = [0, 0.7, 1.4, 2.4, 4, 6.5, 10];

/** Index into {@link BLUR_SIGMAS} for a blur-circle diameter measured at 1024 px. */
export function blurLevel(diameterPx1024: number): number {
  const sigma = diameterPx1024 / 2.4;
  if (sigma < 0.45) return 0;
  return BLUR_SIGMAS.reduce(
    (best, s, i) => (Math.abs(s - sigma) < Math.abs(BLUR_SIGMAS[best] - sigma) ? i : best),
    0,
  );
}
