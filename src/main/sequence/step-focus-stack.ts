import { ErrorCode, TetherError } from '../../shared/errors';
import { propertyByName } from '../../shared/properties/index';
import type { focusStackSpecSchema } from '../../shared/sequence-types';
import type { z } from 'zod';
import type { RunContext } from './run-context';

type Spec = z.infer<typeof focusStackSpecSchema>;

const MF = propertyByName('focus-mode')?.enum?.find((e) => e.key === 'mf');

/** Puts the body in MF (restored by the run afterwards): focus steps and absolute positions need it. */
async function manualFocus(ctx: RunContext): Promise<void> {
  const mode = await ctx.read('focus-mode').catch(() => null);
  if (!mode || !MF) return;
  if (mode.value === MF.value) return;
  if (!mode.available.some((a) => a.value === MF.value))
    throw new TetherError(
      ErrorCode.OperationRejected,
      'focus stacking needs manual focus, which the body does not offer now',
    );
  await ctx.set('focus-mode', `0x${MF.value.toString(16)}`);
}

/** Whether the body takes absolute focus positions now. */
async function hasPosition(ctx: RunContext): Promise<boolean> {
  const view = await ctx.read('focus-position').catch(() => null);
  return view !== null && view.writable && typeof view.value === 'number';
}

/**
 * Focus stacking, near to far: frame 0 at the current focus (the photographer puts it on the nearest
 * detail), then one step farther per frame — an absolute `focus-position` move (0 = ∞ … 65535 = closest)
 * where the body has it, else near/far commands (positive = far) — with a settle wait before each release.
 */
export async function runFocusStack(ctx: RunContext, spec: Spec): Promise<void> {
  await manualFocus(ctx);
  const method = spec.method ?? 'auto';
  const usePosition = method === 'position' || (method === 'auto' && (await hasPosition(ctx)));
  if (method === 'position' && !(await hasPosition(ctx)))
    throw new TetherError(
      ErrorCode.NotSupported,
      'this body does not take absolute focus positions (use near/far)',
    );
  if (!usePosition && spec.stepSize > 7)
    throw new TetherError(
      ErrorCode.InvalidArgument,
      'near/far focus steps are 1..7 (larger steps need focus-position)',
    );
  const settle = spec.settleMs ?? 200;
  const start = usePosition ? Number((await ctx.read('focus-position')).value) : 0;
  for (let i = 0; i < spec.frames; i++) {
    let settings: Record<string, string>;
    if (usePosition) {
      const target = start - i * spec.stepSize;
      if (target < 0) {
        ctx.warn(`focus reached infinity after ${i} frames; the stack stops there`);
        break;
      }
      if (i > 0) await ctx.set('focus-position', String(target));
      settings = { 'focus-position': String(target) };
    } else {
      for (let p = 0; i > 0 && p < (spec.pulses ?? 1); p++) {
        ctx.checkCancelled();
        await ctx.services.capture.sendCommand(ctx.cameraId, { type: 'focusNearFar', step: spec.stepSize });
      }
      settings = { 'focus-step': `${i * (spec.pulses ?? 1)} × ${spec.stepSize} far` };
    }
    if (i > 0 && settle > 0) await ctx.sleep(settle);
    await ctx.fire({ settings });
  }
}
