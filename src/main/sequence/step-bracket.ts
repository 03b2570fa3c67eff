import { ErrorCode, TetherError } from '../../shared/errors';
import type { bracketSpecSchema } from '../../shared/sequence-types';
import type { z } from 'zod';
import { AXIS_PROPERTY, bracketOffsets, evLabel, ladder, nearestRung } from './exposure-ladder';
import type { RunContext } from './run-context';

/** Frames a bracket will fire. */
export function bracketTotal(spec: z.infer<typeof bracketSpecSchema>): number {
  return spec.frames;
}

/**
 * Exposure bracketing: the chosen setting stepped `stepEv` apart around its current value, one frame each,
 * on the body's own values (the nearest it offers); the setting is restored afterwards by the run. A
 * bracket that runs off the body's range is clipped there and says so.
 */
export async function runBracket(ctx: RunContext, spec: z.infer<typeof bracketSpecSchema>): Promise<void> {
  const axis = spec.by ?? 'shutter';
  const name = AXIS_PROPERTY[axis];
  const view = await ctx.read(name);
  if (!view.writable)
    throw new TetherError(
      ErrorCode.PropertyNotWritable,
      `${name} cannot be set now (check the exposure mode: bracketing by ${axis} needs it writable, e.g. M)`,
    );
  const rungs = ladder(axis, view);
  const current = rungs.find((r) => r.raw === view.value);
  if (!current || rungs.length < 2)
    throw new TetherError(
      ErrorCode.OperationRejected,
      `cannot bracket by ${axis} from ${view.formatted} (choose a fixed value, not AUTO or BULB)`,
    );
  for (const k of bracketOffsets(spec.frames, spec.order)) {
    const wanted = current.ev + k * spec.stepEv;
    const rung = nearestRung(rungs, wanted);
    const exact = Math.abs(rung.ev - wanted) <= 0.2;
    if (!exact)
      ctx.warn(
        `bracket clipped: ${evLabel(k * spec.stepEv)} is beyond the body's ${name} range (${rung.formatted})`,
      );
    await ctx.set(name, rung.hex);
    // Nominal values (1/125 → 1/60) are a rounded full stop apart: label them by the step they stand for.
    const ev = evLabel(exact ? k * spec.stepEv : rung.ev - current.ev);
    await ctx.fire({ settings: { [name]: rung.formatted, ev } });
  }
}
