import { ErrorCode, TetherError } from '../../shared/errors';
import { SHUTTER_BULB, propertyByName } from '../../shared/properties/index';
import type { bulbSpecSchema } from '../../shared/sequence-types';
import type { z } from 'zod';
import type { RunContext } from './run-context';

const MODE_M = propertyByName('exposure-program-mode')?.enum?.find((e) => e.key === 'manual');

/** Puts the shutter on BULB (exposure mode M first where needed); both are restored by the run. */
export async function prepareBulb(ctx: RunContext): Promise<void> {
  let shutter = await ctx.read('shutter-speed');
  if (shutter.value === SHUTTER_BULB) return;
  if (!shutter.available.some((a) => a.value === SHUTTER_BULB) && MODE_M) {
    const mode = await ctx.read('exposure-program-mode');
    if (mode.value !== MODE_M.value) await ctx.set('exposure-program-mode', `0x${MODE_M.value.toString(16)}`);
    shutter = await ctx.read('shutter-speed');
  }
  if (!shutter.writable || !shutter.available.some((a) => a.value === SHUTTER_BULB))
    throw new TetherError(
      ErrorCode.OperationRejected,
      'the body offers no BULB shutter now (needs exposure mode M)',
    );
  await ctx.set('shutter-speed', '0x0');
}

/** Bulb timer: `frames` exposures of `exposureMs` each (release down, wait, release up), `gapMs` apart. */
export async function runBulb(ctx: RunContext, spec: z.infer<typeof bulbSpecSchema>): Promise<void> {
  await prepareBulb(ctx);
  const frames = spec.frames ?? 1;
  for (let i = 0; i < frames; i++) {
    if (i > 0) await ctx.sleep(spec.gapMs ?? 1000);
    ctx.run.nextAt = null;
    await ctx.fire({ bulbMs: spec.exposureMs, settings: { exposure: `${spec.exposureMs / 1000} s` } });
  }
}
