import type { z } from 'zod';
import { toErrorValue } from '../../shared/errors';
import type { ExposureAxis, exposureRampSchema } from '../../shared/sequence-types';
import { meanBrightness, evError } from './brightness';
import { AXIS_PROPERTY, ladder, type Rung } from './exposure-ladder';
import type { RunContext } from './run-context';

type RampSpec = z.infer<typeof exposureRampSchema>;

/** How long to wait for the last shot's file before measuring from it, ms. */
const LAST_SHOT_WAIT_MS = 15_000;

/**
 * Holy-grail exposure ramping: between frames the brightness is measured (the live-view frame, or the last
 * shot's image) and the exposure moves toward the target by at most `maxStepEv` per frame — shutter first up
 * to its limit, then ISO (or one of them alone) — so a sunset turns into night without a visible jump.
 */
export class ExposureRamp {
  private offLive: (() => void) | null = null;

  constructor(
    private readonly ctx: RunContext,
    private readonly spec: RampSpec,
  ) {}

  /** Keeps live view streaming while the ramp reads it. */
  start(): void {
    if (this.spec.source === 'liveView')
      this.offLive = this.ctx.services.liveView.subscribe(this.ctx.cameraId, () => undefined);
  }

  /** Releases live view. */
  stop(): void {
    this.offLive?.();
    this.offLive = null;
  }

  /** Measures and moves the exposure one smooth step; returns what it did (for the frame log), or null. */
  async adjust(): Promise<Record<string, string> | null> {
    const measured = await this.measure();
    if (measured === null) return null;
    const error = evError(measured, this.spec.target);
    const info = { brightness: measured.toFixed(0) };
    if (Math.abs(error) <= (this.spec.deadbandEv ?? 1 / 3)) return info;
    const limit = this.spec.maxStepEv ?? 1 / 3;
    const step = Math.max(-limit, Math.min(limit, error));
    const by = this.spec.by ?? 'shutterThenIso';
    const order: ExposureAxis[] =
      by === 'shutter' ? ['shutter'] : by === 'iso' ? ['iso'] : ['shutter', 'iso'];
    // Darkening: undo ISO first, then shorten the shutter.
    if (step < 0 && order.length === 2) order.reverse();
    for (const axis of order) {
      const moved = await this.move(axis, step);
      if (moved) return { ...info, [AXIS_PROPERTY[axis]]: moved };
    }
    this.ctx.warn(`exposure ramp at its limit: cannot go ${step > 0 ? 'brighter' : 'darker'}`);
    return info;
  }

  private async measure(): Promise<number | null> {
    const { services, cameraId } = this.ctx;
    try {
      if (this.spec.source === 'liveView') {
        const frame = services.liveView.latest(cameraId);
        return frame ? await meanBrightness(frame.jpeg) : null;
      }
      if (!this.ctx.lastShot) return null;
      let timer: NodeJS.Timeout | undefined;
      const shot = await Promise.race([
        this.ctx.lastShot,
        new Promise<null>((r) => (timer = setTimeout(() => r(null), LAST_SHOT_WAIT_MS))),
      ]).finally(() => clearTimeout(timer));
      if (!shot) return null;
      return await meanBrightness(await services.shotImages.get(shot.id, 'thumbnail'));
    } catch (err) {
      services.log.debug(`exposure ramp could not measure: ${toErrorValue(err).message}`, { cameraId });
      return null;
    }
  }

  /** Moves one axis toward `stepEv` (rounded to the body's values within the limits); the new value or null. */
  private async move(axis: ExposureAxis, stepEv: number): Promise<string | null> {
    const name = AXIS_PROPERTY[axis];
    const view = await this.ctx.read(name).catch(() => null);
    if (!view?.writable) return null;
    const rungs = ladder(axis, view).filter((r) => this.allowed(axis, r));
    const at = rungs.findIndex((r) => r.raw === view.value);
    if (at < 0) return null;
    const current = rungs[at];
    const candidates = stepEv > 0 ? rungs.slice(at + 1) : rungs.slice(0, at).reverse();
    let best: Rung | null = null;
    for (const r of candidates) {
      if (Math.abs(r.ev - current.ev) > Math.abs(stepEv) + 0.05) break;
      best = r;
    }
    if (!best) return null;
    await this.ctx.set(name, best.hex);
    return best.formatted;
  }

  private allowed(axis: ExposureAxis, r: Rung): boolean {
    if (axis === 'shutter') return r.ev <= Math.log2(this.spec.maxShutterS ?? 30) + 1e-6;
    if (axis === 'iso') return r.ev <= Math.log2((this.spec.maxIso ?? 6400) / 100) + 1e-6;
    return true;
  }
}
