import { sharp } from '../../imaging/sharp-runtime';
import { drawStrip, prepareStrip } from './live-strip';
import { compose, composeInBands } from './scene-compose';
import {
  LIVE_HEIGHT,
  LIVE_WIDTH,
  MASTER_HEIGHT,
  MASTER_WIDTH,
  PIECES,
  livePiece,
  masterPiece,
} from './scene-layers';

/**
 * Renders the studio set as the sensor sees it: every piece blurred by its own distance from the focus
 * plane (`blur`, one level per depth plane), the exposure's brightness, grain. Composites are cached by
 * look, so while focus and exposure hold still a live-view frame costs a copy, the info strip and the
 * JPEG encode; stills cache their finished JPEG.
 */

export { LIVE_HEIGHT, LIVE_WIDTH } from './scene-layers';

/** How the scene looks through the lens now: a blur level per depth plane and a brightness step. */
export interface SceneLook {
  /** Blur level (index into BLUR_SIGMAS) of each depth plane, far to near. */
  blur: readonly number[];
  /** Brightness step (1/3 EV). */
  step: number;
}

const LIVE_GRAIN = 4;
const MASTER_GRAIN = 5;
const LIVE_COMPOSITES = 6;

const lookKey = (look: SceneLook) => `${look.blur.join('')}:${look.step}`;

/** A small LRU of promises keyed by string. */
class PromiseLru<T> {
  private readonly map = new Map<string, Promise<T>>();
  constructor(private readonly size: number) {}
  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const p = make();
    p.catch(() => this.map.delete(key));
    this.map.set(key, p);
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
    return p;
  }
}

const liveComposites = new PromiseLru<Buffer>(LIVE_COMPOSITES);
// One stills composite (18 MB): a RAW+JPEG pair and its preview share it; nothing older is kept.
const masterComposites = new PromiseLru<Buffer>(1);

/** The live-view-size RGB image for a look (cached). */
export function liveComposite(look: SceneLook): Promise<Buffer> {
  return liveComposites.get(lookKey(look), async () => {
    const layers = await Promise.all(PIECES.map((p) => livePiece(p, look.blur[p.plane] ?? 0)));
    return compose({
      width: LIVE_WIDTH,
      height: LIVE_HEIGHT,
      layers,
      step: look.step,
      grain: LIVE_GRAIN,
      grainSeed: 0,
    });
  });
}

function masterComposite(look: SceneLook): Promise<Buffer> {
  return masterComposites.get(lookKey(look), async () => {
    const layers = await Promise.all(PIECES.map((p) => masterPiece(p, look.blur[p.plane] ?? 0)));
    return composeInBands({
      width: MASTER_WIDTH,
      height: MASTER_HEIGHT,
      layers,
      step: look.step,
      grain: MASTER_GRAIN,
      grainSeed: 1,
    });
  });
}

/**
 * Starts rasterising the stills pieces in the background (called when AF starts, so the first shot does
 * not wait for it). Nothing is rasterised before it is needed: a pure card reader never pays for it.
 */
export function warmUpStills(): void {
  void Promise.all(PIECES.map((p) => masterPiece(p, 0))).catch(() => undefined);
}

/** Options of one live-view frame. */
export interface LiveFrameOptions extends SceneLook {
  /** JPEG quality. */
  quality: number;
  /** The text of the info strip drawn into the frame. */
  strip: string;
  /** An SVG drawn over the whole frame (the OSD), or none. */
  overlay?: Buffer;
  /** Shows only this part of the frame, enlarged to the whole live view (the focus magnifier). */
  magnify?: FrameRegion;
}

/** A part of the frame as fractions of its width and height. */
export interface FrameRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

const magnifiedComposites = new PromiseLru<Buffer>(4);

/**
 * The live-view-size RGB image of one part of the frame, cut from the stills master (3000×2000), so a
 * magnified view holds real detail (×5: a 600-px-wide cut; a crop of the 1024-px stream would be 205 px).
 */
function magnifiedComposite(look: SceneLook, area: FrameRegion): Promise<Buffer> {
  const width = Math.max(16, Math.min(MASTER_WIDTH, Math.round(area.width * MASTER_WIDTH)));
  const height = Math.max(16, Math.min(MASTER_HEIGHT, Math.round(area.height * MASTER_HEIGHT)));
  const left = Math.min(MASTER_WIDTH - width, Math.max(0, Math.round(area.left * MASTER_WIDTH)));
  const top = Math.min(MASTER_HEIGHT - height, Math.max(0, Math.round(area.top * MASTER_HEIGHT)));
  const key = `${lookKey(look)}:${left},${top},${width}x${height}`;
  return magnifiedComposites.get(key, async () => {
    const src = await masterComposite(look);
    return sharp(src, { raw: { width: MASTER_WIDTH, height: MASTER_HEIGHT, channels: 3 } })
      .extract({ left, top, width, height })
      .resize(LIVE_WIDTH, LIVE_HEIGHT, { fit: 'fill' })
      .raw()
      .toBuffer();
  });
}

// Frame buffers are reused: a fresh 2 MB buffer costs more (page faults) than drawing the frame into it.
const framePool: Buffer[] = [];
const FRAME_POOL_MAX = 4;

/** Renders one 1024×680 live-view JPEG. */
export async function renderLiveFrame(opts: LiveFrameOptions): Promise<Buffer> {
  const [base] = await Promise.all([
    opts.magnify ? magnifiedComposite(opts, opts.magnify) : liveComposite(opts),
    prepareStrip(),
  ]);
  const frame = framePool.pop() ?? Buffer.allocUnsafe(base.length);
  try {
    base.copy(frame);
    await drawStrip(frame, LIVE_WIDTH, opts.strip);
    let img = sharp(frame, { raw: { width: LIVE_WIDTH, height: LIVE_HEIGHT, channels: 3 } });
    if (opts.overlay) img = img.composite([{ input: opts.overlay, top: 0, left: 0 }]);
    // Standard Huffman tables, as a camera's live-view encoder uses: optimising them costs a second pass.
    return await img.jpeg({ quality: opts.quality, optimiseCoding: false }).toBuffer();
  } finally {
    // sharp has finished reading the frame once toBuffer settled.
    if (framePool.length < FRAME_POOL_MAX) framePool.push(frame);
  }
}

/** What a still or preview looks like: size, focus and exposure. */
export interface StillLook extends SceneLook {
  width: number;
  height: number;
  quality: number;
}

const stillCache = new PromiseLru<Buffer>(3);

/**
 * A full-size JPEG of the scene without metadata. Cached by look (a handful of entries): repeated shots
 * at the same settings cost nothing, and re-rendering is deterministic, so a card file's bytes never change.
 */
export function renderStill(look: StillLook): Promise<Buffer> {
  const key = `${look.width}x${look.height}:${lookKey(look)}:${look.quality}`;
  return stillCache.get(key, async () => {
    const src = await masterComposite(look);
    return sharp(src, { raw: { width: MASTER_WIDTH, height: MASTER_HEIGHT, channels: 3 } })
      .resize(look.width, look.height, { fit: 'fill', kernel: 'nearest' })
      .jpeg({ quality: look.quality })
      .toBuffer();
  });
}

// Previews depend on the look only, so a card of thousands of files needs few distinct ones: thumbnails
// (~8 KB) are kept generously, screennails/ARW previews (~250 KB) a few at a time.
const thumbnailCache = new PromiseLru<Buffer>(256);
const previewCache = new PromiseLru<Buffer>(4);

/**
 * A reduced JPEG (screennail, ARW preview, letterboxed 160×120 thumbnail when `box` is given), cached by
 * look. Images up to live-view width come from the live-size composite, larger ones from the stills master.
 */
export function renderPreview(look: StillLook, box?: { width: number; height: number }): Promise<Buffer> {
  const key = `${look.width}x${look.height}:${box ? `${box.width}x${box.height}` : '-'}:${lookKey(look)}:${look.quality}`;
  return (box ? thumbnailCache : previewCache).get(key, () => makePreview(look, box));
}

async function makePreview(look: StillLook, box?: { width: number; height: number }): Promise<Buffer> {
  const small = box !== undefined || look.width <= LIVE_WIDTH;
  const src = small ? await liveComposite(look) : await masterComposite(look);
  let img = sharp(src, {
    raw: {
      width: small ? LIVE_WIDTH : MASTER_WIDTH,
      height: small ? LIVE_HEIGHT : MASTER_HEIGHT,
      channels: 3,
    },
  });
  img = box
    ? img.resize(box.width, box.height, { fit: 'contain', background: '#000' })
    : img.resize(look.width, look.height, { fit: 'fill' });
  return img.jpeg({ quality: look.quality }).toBuffer();
}
