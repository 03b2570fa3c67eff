import sharp from 'sharp';
import { BLUR_SIGMAS, brightnessGain } from './exposure';
import { SCENE_HEIGHT, SCENE_WIDTH, sceneSvg } from './scene-svg';

/**
 * Renders the studio set. The SVG is rasterised once per process into raw RGB: a live-view master with
 * every blur level pre-computed, and a 3072×2040 master for stills. Per frame only a brightness gain,
 * a small overlay and the JPEG encode remain, which keeps 30 fps cheap.
 */

/** Live-view frame width (ILCE-7M4 live view is 1024×680). */
export const LIVE_WIDTH = 1024;
/** Live-view frame height. */
export const LIVE_HEIGHT = 680;
// Half of the ILCE-7M4 still size: the 2× upscale is plain pixel replication, which keeps a 24 MP shot fast.
const MASTER_WIDTH = 3000;
const MASTER_HEIGHT = 2000;
/** Levels up to this index are rendered from the sharp master; beyond it the live level is upscaled. */
const MASTER_MAX_LEVEL = 1;

const raw = (width: number, height: number) => ({ raw: { width, height, channels: 3 as const } });

/** Sensor-like grain, deterministic, baked into the masters (it also gives JPEGs a realistic size). */
function addGrain(buf: Buffer, amplitude: number, seed: number): void {
  let s = seed >>> 0;
  const span = amplitude * 2 + 1;
  for (let i = 0; i < buf.length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const v = buf[i] + ((s >>> 16) % span) - amplitude;
    buf[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
}

/** Rasterises the scene at `scale` × its own size (a whole number: fast), then resizes to width×height. */
async function rasterise(width: number, height: number, scale: number, grain: number): Promise<Buffer> {
  const data = await sharp(Buffer.from(sceneSvg(SCENE_WIDTH * scale, SCENE_HEIGHT * scale)))
    .resize(width, height, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer();
  addGrain(data, grain, width * 31 + height);
  return data;
}

let liveLevelsPromise: Promise<Buffer[]> | null = null;
let masterPromise: Promise<Buffer> | null = null;

/** Raw RGB live-view images, one per blur level of {@link BLUR_SIGMAS}. Rendered once per process. */
export function liveLevels(): Promise<Buffer[]> {
  liveLevelsPromise ??= (async () => {
    const sharpest = await rasterise(LIVE_WIDTH, LIVE_HEIGHT, 1, 4);
    const levels = [sharpest];
    for (const sigma of BLUR_SIGMAS.slice(1)) {
      levels.push(await sharp(sharpest, raw(LIVE_WIDTH, LIVE_HEIGHT)).blur(sigma).raw().toBuffer());
    }
    return levels;
  })();
  return liveLevelsPromise;
}

/**
 * Starts rasterising the stills master in the background (called when AF starts, so the first shot does
 * not wait for it). Nothing is rasterised before it is needed: a pure card reader never pays for it.
 */
export function warmUpStills(): void {
  void master().catch(() => undefined);
}

function master(): Promise<Buffer> {
  masterPromise ??= rasterise(MASTER_WIDTH, MASTER_HEIGHT, 2, 5);
  return masterPromise;
}

/** A raw source image for stills at a blur level: the sharp master (blurred as needed) or a live level. */
async function stillSource(level: number): Promise<{ data: Buffer; width: number; height: number }> {
  if (level > MASTER_MAX_LEVEL)
    return { data: (await liveLevels())[level], width: LIVE_WIDTH, height: LIVE_HEIGHT };
  const m = await master();
  if (level === 0) return { data: m, width: MASTER_WIDTH, height: MASTER_HEIGHT };
  const scale = MASTER_WIDTH / LIVE_WIDTH;
  const data = await sharp(m, raw(MASTER_WIDTH, MASTER_HEIGHT))
    .blur(BLUR_SIGMAS[level] * scale)
    .raw()
    .toBuffer();
  return { data, width: MASTER_WIDTH, height: MASTER_HEIGHT };
}

/** Options of one live-view frame. */
export interface LiveFrameOptions {
  /** Blur level (index into BLUR_SIGMAS). */
  level: number;
  /** Brightness step (1/3 EV). */
  step: number;
  /** JPEG quality. */
  quality: number;
  /** SVG overlays composited at their positions (frame number strip, OSD). */
  overlays: { svg: Buffer; top: number; left: number }[];
}

/** Renders one 1024×680 live-view JPEG. */
export async function renderLiveFrame(opts: LiveFrameOptions): Promise<Buffer> {
  const levels = await liveLevels();
  let img = sharp(levels[Math.min(opts.level, levels.length - 1)], raw(LIVE_WIDTH, LIVE_HEIGHT));
  if (opts.step !== 0) img = img.linear(brightnessGain(opts.step), 0);
  if (opts.overlays.length)
    img = img.composite(opts.overlays.map((o) => ({ input: o.svg, top: o.top, left: o.left })));
  return img.jpeg({ quality: opts.quality }).toBuffer();
}

/** What a still or preview looks like: size, focus and exposure. */
export interface StillLook {
  width: number;
  height: number;
  level: number;
  step: number;
  quality: number;
}

const stillCache = new Map<string, Promise<Buffer>>();
const STILL_CACHE_SIZE = 3;

/**
 * A full-size JPEG of the scene without metadata. Cached by look (a handful of entries): repeated shots
 * at the same settings cost nothing, and re-rendering is deterministic, so a card file's bytes never change.
 */
export function renderStill(look: StillLook): Promise<Buffer> {
  const key = `${look.width}x${look.height}:${look.level}:${look.step}:${look.quality}`;
  const hit = stillCache.get(key);
  if (hit) {
    stillCache.delete(key);
    stillCache.set(key, hit);
    return hit;
  }
  const p = (async () => {
    const src = await stillSource(look.level);
    let img = sharp(src.data, raw(src.width, src.height));
    if (look.step !== 0) img = img.linear(brightnessGain(look.step), 0);
    return img
      .resize(look.width, look.height, { fit: 'fill', kernel: 'nearest' })
      .jpeg({ quality: look.quality })
      .toBuffer();
  })();
  p.catch(() => stillCache.delete(key));
  stillCache.set(key, p);
  while (stillCache.size > STILL_CACHE_SIZE) stillCache.delete(stillCache.keys().next().value as string);
  return p;
}

/** A reduced JPEG (screennail, ARW preview, letterboxed 160×120 thumbnail when `box` is given). */
export async function renderPreview(
  look: StillLook,
  box?: { width: number; height: number },
): Promise<Buffer> {
  const src = await stillSource(look.level);
  let img = sharp(src.data, raw(src.width, src.height));
  if (look.step !== 0) img = img.linear(brightnessGain(look.step), 0);
  img = box
    ? img.resize(box.width, box.height, { fit: 'contain', background: '#000' })
    : img.resize(look.width, look.height, { fit: 'fill' });
  return img.jpeg({ quality: look.quality }).toBuffer();
}
