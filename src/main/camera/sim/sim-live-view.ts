import type { FocusFrame, LiveViewFrame } from '../../../shared/camera-types';
import { LIVE_HEIGHT, LIVE_WIDTH, renderLiveFrame, type FrameRegion } from './scene-renderer';
import { svgText } from './scene-svg';

/** Camera frame rate of the simulated live view. */
export const LIVE_FPS = 30;
/** Every n-th frame also yields an OSD composite while OSD is on (the body's OSD image is slower). */
const OSD_EVERY = 3;

/** What one frame looks like right now (read from the body for every frame). */
export interface LiveLook {
  /** Blur level of each depth plane of the set. */
  blur: readonly number[];
  step: number;
  quality: number;
  /** `1/125  F5.6  ISO 800  ±0.0` */
  exposure: string;
  /** OSD text and frames, or null when OSD is off. */
  osd: { top: string; bottom: string; frames: FocusFrame[]; focused: boolean } | null;
  /** The part of the frame the focus magnifier enlarges to the whole live view, or none. */
  magnify?: FrameRegion | null;
}

/** Where frames go and what they look like. */
export interface LiveViewSource {
  cameraId: string;
  look(): LiveLook;
  /** Current divisor of the frame rate (slow-frames fault). */
  rateDivisor(): number;
  emit(frame: LiveViewFrame): void;
  /** Rendering failed (logged by the body; the loop keeps going). */
  failed(err: unknown): void;
}

function osdLayer(osd: NonNullable<LiveLook['osd']>): Buffer {
  const sx = LIVE_WIDTH / 640;
  const sy = LIVE_HEIGHT / 480;
  const colour = osd.focused ? '#3f3' : '#fff';
  const boxes = osd.frames
    .map((f) => {
      const w = f.size.width * sx;
      const h = f.size.height * sy;
      return `<rect x="${(f.position.x * sx - w / 2).toFixed(1)}" y="${(f.position.y * sy - h / 2).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="none" stroke="${colour}" stroke-width="2"/>`;
    })
    .join('');
  const text = (y: number, s: string) =>
    `<rect x="0" y="${y - 22}" width="${LIVE_WIDTH}" height="30" fill="#000" fill-opacity="0.45"/><text xml:space="preserve" x="16" y="${y}" font-family="DejaVu Sans, sans-serif" font-size="20" fill="#fff">${svgText(s)}</text>`;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${LIVE_WIDTH}" height="${LIVE_HEIGHT}">${boxes}${text(26, osd.top)}${text(LIVE_HEIGHT - 40, osd.bottom)}${osd.focused ? `<circle cx="${LIVE_WIDTH - 24}" cy="${LIVE_HEIGHT - 48}" r="8" fill="#3f3"/>` : ''}</svg>`,
  );
}

/**
 * The live-view loop of one body: renders at the camera rate, keeps only the latest frame (and OSD frame),
 * and never queues: when a render overruns its slot the next one starts at once and slots are skipped.
 */
export class SimLiveView {
  private generation = 0;
  private seq = 0;
  private timer: NodeJS.Timeout | null = null;
  private latestFrame: LiveViewFrame | null = null;
  private latestOsd: LiveViewFrame | null = null;
  private holds = 0;

  constructor(private readonly source: LiveViewSource) {}

  /** True between start and stop. */
  get streaming(): boolean {
    return this.generation % 2 === 1;
  }

  /** The latest frame, or null before the first. */
  get latest(): LiveViewFrame | null {
    return this.latestFrame;
  }

  /** The latest OSD composite, or null. */
  get latestOsdFrame(): LiveViewFrame | null {
    return this.latestOsd;
  }

  /** Starts the loop (idempotent). */
  start(): void {
    if (this.streaming) return;
    this.generation++;
    void this.loop(this.generation);
  }

  /** Stops the loop; a frame being rendered is dropped. */
  stop(): void {
    if (!this.streaming) return;
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * While held (a long exposure, its NR), no frames are rendered or emitted; the latest frame stays.
   * Holds nest: each `hold(true)` needs its `hold(false)`.
   */
  hold(on: boolean): void {
    this.holds = Math.max(0, this.holds + (on ? 1 : -1));
  }

  /** True while a long exposure holds the frames back. */
  get held(): boolean {
    return this.holds > 0;
  }

  /** Forgets the latest frames (disconnect). */
  clear(): void {
    this.latestFrame = null;
    this.latestOsd = null;
  }

  private async loop(gen: number): Promise<void> {
    let due = performance.now();
    while (gen === this.generation) {
      const period = (1000 / LIVE_FPS) * this.source.rateDivisor();
      if (this.holds === 0) await this.renderOne(gen);
      if (gen !== this.generation) return;
      due += period;
      const now = performance.now();
      if (due < now - period) due = now; // overran: skip slots rather than catch up in a burst
      const wait = Math.max(0, due - now);
      await new Promise<void>((resolve) => {
        this.timer = setTimeout(resolve, wait);
      });
      this.timer = null;
    }
  }

  private async renderOne(gen: number): Promise<void> {
    const seq = this.seq + 1;
    const look = this.source.look();
    try {
      const base = {
        blur: look.blur,
        step: look.step,
        quality: look.quality,
        strip: `#${String(seq).padStart(6, '0')}  ${look.exposure}`,
        magnify: look.magnify ?? undefined,
      };
      // The OSD composite encodes in parallel with the plain frame (sharp runs on the libuv pool).
      const [jpeg, osdJpeg] = await Promise.all([
        renderLiveFrame(base),
        look.osd && seq % OSD_EVERY === 1 ? renderLiveFrame({ ...base, overlay: osdLayer(look.osd) }) : null,
      ]);
      if (gen !== this.generation || this.holds > 0) return;
      this.seq = seq;
      const meta = {
        cameraId: this.source.cameraId,
        seq,
        timestamp: Date.now(),
        width: LIVE_WIDTH,
        height: LIVE_HEIGHT,
      };
      if (osdJpeg)
        this.latestOsd = {
          ...meta,
          jpeg: new Uint8Array(osdJpeg.buffer, osdJpeg.byteOffset, osdJpeg.length),
        };
      const frame: LiveViewFrame = {
        ...meta,
        jpeg: new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.length),
      };
      this.latestFrame = frame;
      this.source.emit(frame);
    } catch (err) {
      this.source.failed(err);
    }
  }
}
