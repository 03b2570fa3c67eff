import type { PointerEvent } from 'react';
import type { BulbActions } from '../../app/bulb-actions';

/**
 * Pointer handlers of a press-and-hold shutter button: the shutter opens on press and closes on release.
 * The pointer is captured, so a release outside the button (or a cancelled pointer) still closes it.
 */
export function bulbHoldHandlers(bulb: BulbActions) {
  const up = () => void bulb.release().catch(() => undefined);
  return {
    onPointerDown: (e: PointerEvent<HTMLButtonElement>) => {
      if (e.button !== 0) return;
      try {
        e.currentTarget.setPointerCapture(e.pointerId);
      } catch {
        // No capture (an unknown pointer): the pointerup on the button still closes it.
      }
      void bulb.press().catch(() => undefined);
    },
    onPointerUp: up,
    onPointerCancel: up,
    onLostPointerCapture: up,
  };
}
