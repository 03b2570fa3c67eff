import type { z } from 'zod';
import { shutterSeconds } from '../../shared/properties/index';
import type { timelapseSpecSchema } from '../../shared/sequence-types';
import { DeadlineScheduler } from '../core/deadline-scheduler';
import { ExposureRamp } from './exposure-ramp';
import type { RunContext } from './run-context';
import { prepareBulb } from './step-bulb';

type Spec = z.infer<typeof timelapseSpecSchema>;

/** Frames a time-lapse will fire (null: until a time). */
export function timelapseTotal(spec: Spec): number | null {
  return spec.count ?? null;
}

/**
 * Time-lapse: frame k is due at `start + k·interval` on the monotonic clock (absolute deadlines, so nothing
 * accumulates). A frame that takes longer than the interval is followed at once by the next one due, and
 * the slots it overran are skipped (warned once). Stops after `count` frames or at `until`.
 */
export async function runTimelapse(ctx: RunContext, spec: Spec): Promise<void> {
  const { scheduler } = ctx.services;
  if (spec.bulbMs) await prepareBulb(ctx);
  await warnIfTooShort(ctx, spec);
  const ramp = spec.ramp ? new ExposureRamp(ctx, spec.ramp) : null;
  ramp?.start();
  const wallStart = Date.now();
  const untilMs = spec.until ? Date.parse(spec.until) : Infinity;
  const start = scheduler.now();
  const at = (k: number) => DeadlineScheduler.deadline(start, spec.intervalMs, k);
  let adjusted: Record<string, string> | null = null;
  try {
    for (let k = 0; spec.count === undefined || ctx.run.done < spec.count; k++) {
      const deadline = at(k);
      if (wallStart + (deadline - start) > untilMs) break;
      ctx.run.nextAt = wallStart + (deadline - start);
      ctx.progress();
      await scheduler.sleepUntil(deadline, ctx.signal);
      const began = scheduler.now();
      await ctx.fire({
        autofocus: spec.autofocus,
        bulbMs: spec.bulbMs,
        deadline,
        ...(adjusted ? { settings: adjusted } : {}),
      });
      const took = scheduler.now() - began;
      if (took > spec.intervalMs)
        ctx.warn(
          `the interval (${spec.intervalMs / 1000} s) is shorter than a frame takes (${(took / 1000).toFixed(1)} s): frames follow each other as fast as the camera allows`,
        );
      if (spec.count !== undefined && ctx.run.done >= spec.count) break;
      adjusted = ramp ? await ramp.adjust() : null;
      // Skip the slots already missed: the next frame is the next deadline still ahead.
      const now = scheduler.now();
      while (at(k + 1) < now - spec.intervalMs / 2) k++;
    }
  } finally {
    ramp?.stop();
    ctx.run.nextAt = null;
  }
}

/** Warns up front when the interval cannot hold the exposure (plus a little for the release and the write). */
async function warnIfTooShort(ctx: RunContext, spec: Spec): Promise<void> {
  const exposureMs = spec.bulbMs ?? (await exposureOf(ctx));
  if (exposureMs !== null && exposureMs + 300 > spec.intervalMs)
    ctx.warn(
      `the interval (${spec.intervalMs / 1000} s) is shorter than the exposure plus capture time (≈${((exposureMs + 300) / 1000).toFixed(1)} s)`,
    );
}

async function exposureOf(ctx: RunContext): Promise<number | null> {
  const view = await ctx.read('shutter-speed').catch(() => null);
  const s = typeof view?.value === 'number' ? shutterSeconds(view.value) : undefined;
  return s === undefined ? null : s * 1000;
}
