import { sharp } from '../../imaging/sharp-runtime';
import { BLUR_SIGMAS } from './exposure';
import { SCENE_HEIGHT, SCENE_WIDTH, pieceSvg, scenePieces, type ScenePiece } from './scene-svg';
import { noise } from './virtual-file';

/**
 * The set's pieces as pixels: each piece rasterised once per resolution and blurred per level on first
 * use (then kept: nine pieces × seven levels at live-view size is the whole bound). Live-view pieces are
 * 1024×680-frame pixels; still pieces are 3000×2000 (half the ILCE-7M4 size: the 2× upscale of a still is
 * plain pixel replication). Pieces other than the backdrop carry alpha, so blurred edges spill over
 * whatever lies behind them, as out-of-focus foreground does.
 */

/** Live-view frame width (ILCE-7M4 live view is 1024×680). */
export const LIVE_WIDTH = 1024;
/** Live-view frame height. */
export const LIVE_HEIGHT = 680;
/** Stills master width. */
export const MASTER_WIDTH = 3000;
/** Stills master height. */
export const MASTER_HEIGHT = 2000;
/** Still pieces up to this blur level are rendered at master size; blurrier ones are upscaled live ones. */
const MASTER_MAX_LEVEL = 1;

/** Pixels of one piece placed in a frame: RGB for the opaque backdrop, RGBA for the rest. */
export interface Raster {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly left: number;
  readonly top: number;
  readonly plane: number;
}

/** The pieces, far to near (built once). */
export const PIECES: readonly ScenePiece[] = scenePieces();

const raw = (r: { width: number; height: number; channels: 3 | 4 }) => ({
  raw: { width: r.width, height: r.height, channels: r.channels },
});

/** Where a piece lands in a frame of `width`×`height`. */
function placement(piece: ScenePiece, width: number, height: number) {
  const sx = width / SCENE_WIDTH;
  const sy = height / SCENE_HEIGHT;
  const left = Math.round(piece.box.x * sx);
  const top = Math.round(piece.box.y * sy);
  return {
    left,
    top,
    width: Math.min(width, Math.round((piece.box.x + piece.box.w) * sx)) - left,
    height: Math.min(height, Math.round((piece.box.y + piece.box.h) * sy)) - top,
  };
}

/** Rasterises a piece at a whole-number scale (fast in librsvg) and fits it to its place in the frame. */
async function rasterise(piece: ScenePiece, scale: number, width: number, height: number): Promise<Raster> {
  const at = placement(piece, width, height);
  const opaque = piece.plane === 0 && piece.box.w === SCENE_WIDTH && piece.box.h === SCENE_HEIGHT;
  let img = sharp(Buffer.from(pieceSvg(piece, scale)));
  if (at.width !== piece.box.w * scale || at.height !== piece.box.h * scale)
    img = img.resize(at.width, at.height, { fit: 'fill' });
  img = opaque ? img.removeAlpha() : img.ensureAlpha();
  const data = await img.raw().toBuffer();
  return { data, ...at, channels: opaque ? 3 : 4, plane: piece.plane };
}

async function blurred(src: Raster, sigma: number): Promise<Raster> {
  const data = await sharp(src.data, raw(src)).blur(sigma).raw().toBuffer();
  return { ...src, data };
}

const liveCache = new Map<string, Promise<Raster>>();
const masterCache = new Map<string, Promise<Raster>>();

function memo(
  cache: Map<string, Promise<Raster>>,
  key: string,
  make: () => Promise<Raster>,
): Promise<Raster> {
  let p = cache.get(key);
  if (!p) {
    p = make();
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** A piece at live-view size and blur level. */
export function livePiece(piece: ScenePiece, level: number): Promise<Raster> {
  return memo(liveCache, `${piece.id}:${level}`, async () =>
    level === 0
      ? rasterise(piece, 1, LIVE_WIDTH, LIVE_HEIGHT)
      : blurred(await livePiece(piece, 0), BLUR_SIGMAS[level]),
  );
}

/** A piece at stills-master size, sharp (kept) or blurred (made for the caller, not kept). */
export async function masterPiece(piece: ScenePiece, level: number): Promise<Raster> {
  const sharpest = () => memo(masterCache, piece.id, () => rasterise(piece, 2, MASTER_WIDTH, MASTER_HEIGHT));
  if (level === 0) return sharpest();
  if (level <= MASTER_MAX_LEVEL)
    return blurred(await sharpest(), BLUR_SIGMAS[level] * (MASTER_WIDTH / LIVE_WIDTH));
  // Heavily blurred detail is gone anyway: upscaling the live-size level costs a fraction of blurring 6 MP.
  const small = await livePiece(piece, level);
  const at = placement(piece, MASTER_WIDTH, MASTER_HEIGHT);
  const data = await sharp(small.data, raw(small))
    .resize(at.width, at.height, { fit: 'fill' })
    .raw()
    .toBuffer();
  return { ...small, ...at, data };
}

/**
 * Rasterises the sharp live-view pieces in the background (first frame and AF need them) and makes the
 * grain's noise block. Called at connect, and by an app's driver as it starts.
 */
export function warmUpLive(): void {
  void Promise.all(PIECES.map((p) => livePiece(p, 0))).catch(() => undefined);
  // Its own turn of the loop: ~25 ms of work that need not hold up whoever called.
  setImmediate(noise);
}

/**
 * The nearest depth plane seen at any of `points` of the 640×480 AF space: at each point the nearest
 * piece that is solid there (alpha over one half), else the backdrop. Uses the sharp live-view rasters.
 */
export async function nearestPlaneAt(points: readonly { x: number; y: number }[]): Promise<number> {
  const rasters = await Promise.all(PIECES.map((p) => livePiece(p, 0)));
  let best = 0;
  for (const { x, y } of points) {
    const px = Math.min(LIVE_WIDTH - 1, Math.max(0, Math.round((x * LIVE_WIDTH) / 640)));
    const py = Math.min(LIVE_HEIGHT - 1, Math.max(0, Math.round((y * LIVE_HEIGHT) / 480)));
    for (const r of rasters) {
      if (r.channels === 3 || r.plane <= best) continue;
      const lx = px - r.left;
      const ly = py - r.top;
      if (lx < 0 || ly < 0 || lx >= r.width || ly >= r.height) continue;
      if (r.data[(ly * r.width + lx) * 4 + 3] > 127) best = r.plane;
    }
  }
  return best;
}

/** Sample points (5×5) covering a box of the AF space centred on `at`. */
export function samplePoints(
  at: { x: number; y: number },
  size: { width: number; height: number },
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < 5; i++)
    for (let j = 0; j < 5; j++)
      out.push({ x: at.x + ((i - 2) / 4) * size.width, y: at.y + ((j - 2) / 4) * size.height });
  return out;
}
