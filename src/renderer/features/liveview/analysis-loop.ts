import type { LiveOverlays } from '../../store/liveview-slice';
import { computeHistogram, drawHistogram, overlayMask } from './analysis';

/** Width of the downscaled copy analysed (height follows the frame's aspect ratio). */
const ANALYSIS_WIDTH = 480;
/** How often the overlays refresh: a few Hz, not every frame. */
const INTERVAL_MS = 200;

/** Where the loop reads from and draws to. */
export interface AnalysisTargets {
  /** The live-view canvas (the source). */
  source: HTMLCanvasElement;
  /** Histogram canvas (may be absent when hidden). */
  histogram: () => HTMLCanvasElement | null;
  /** Peaking/zebra overlay canvas (may be absent when both are off). */
  mask: () => HTMLCanvasElement | null;
}

/**
 * Computes the histogram and the peaking/zebra overlay off a downscaled copy of the live-view canvas
 * a few times a second, only while one of them is on.
 */
export class AnalysisLoop {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private small: HTMLCanvasElement | null = null;
  /** The overlay's pixel buffer, reused while the size holds (overlayMask clears it each time). */
  private maskPixels: ImageData | null = null;
  private phase = 0;

  constructor(
    private readonly targets: AnalysisTargets,
    private readonly overlays: () => LiveOverlays,
  ) {}

  /** Starts ticking. */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      try {
        this.run();
      } catch {
        // Canvas reads can fail transiently (size 0 while resizing); the next tick retries.
      }
      this.timer = setTimeout(tick, INTERVAL_MS);
    };
    this.timer = setTimeout(tick, INTERVAL_MS);
  }

  /** Stops ticking. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): void {
    const o = this.overlays();
    const src = this.targets.source;
    const hist = o.histogram !== 'off' ? this.targets.histogram() : null;
    const mask = o.peaking || o.zebra ? this.targets.mask() : null;
    if ((!hist && !mask) || src.width === 0 || src.height === 0) return;
    const w = Math.min(ANALYSIS_WIDTH, src.width);
    const h = Math.max(1, Math.round((src.height * w) / src.width));
    const small = (this.small ??= document.createElement('canvas'));
    if (small.width !== w || small.height !== h) {
      small.width = w;
      small.height = h;
    }
    const sctx = small.getContext('2d', { willReadFrequently: true });
    if (!sctx) return;
    sctx.drawImage(src, 0, 0, w, h);
    const pixels = sctx.getImageData(0, 0, w, h);
    if (hist && o.histogram !== 'off') {
      const hctx = hist.getContext('2d');
      if (hctx) drawHistogram(hctx, computeHistogram(pixels.data), o.histogram);
    }
    if (mask) {
      if (mask.width !== w || mask.height !== h) {
        mask.width = w;
        mask.height = h;
      }
      const mctx = mask.getContext('2d');
      if (!mctx) return;
      let out = this.maskPixels;
      if (!out || out.width !== w || out.height !== h) out = this.maskPixels = mctx.createImageData(w, h);
      this.phase = (this.phase + 2) & 7;
      overlayMask(pixels, out, { peaking: o.peaking, zebra: o.zebra, phase: this.phase });
      mctx.putImageData(out, 0, 0);
    }
  }
}
