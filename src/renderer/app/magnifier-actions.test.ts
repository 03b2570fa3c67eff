import { describe, expect, it } from 'vitest';
import { decodeMagnifier, encodeMagnifier } from '../../shared/properties';
import type { PropertyView } from '../../shared/properties/property-view';
import type { StudioClient } from '../../shared/studio-client';
import { createStudioStore } from '../store/store';
import { MagnifierActions, magnifierOptions } from './magnifier-actions';

const CAM = 'CAM1';

function magnifierView(value: number): PropertyView {
  const listed = [0, 10, 50, 100].map((r) => encodeMagnifier(r, null));
  return {
    name: 'focus-magnifier',
    code: 0x011d,
    label: 'Focus magnifier',
    group: 'focus',
    value,
    hex: `0x${value.toString(16)}`,
    formatted: String(value),
    writable: true,
    available: listed.map((v) => ({ value: v, hex: `0x${v.toString(16)}`, formatted: String(v) })),
  };
}

/** A client whose writes wait until the test lets each one through. */
function setup(withBody: boolean) {
  const writes: number[] = [];
  const gates: (() => void)[] = [];
  const client = {
    getFocusFrames: async () => [
      {
        type: 'af',
        state: 'focused',
        priority: 1,
        position: { x: 600, y: 100 },
        size: { width: 40, height: 40 },
      },
    ],
    setProperty: async (_id: string, _name: string, value: string) => {
      writes.push(Number(value));
      await new Promise<void>((r) => gates.push(r));
      return magnifierView(Number(value));
    },
  } as unknown as StudioClient;
  const store = createStudioStore();
  store.setState({ activeCameraId: CAM });
  if (withBody) store.getState().setProperties(CAM, [magnifierView(encodeMagnifier(0, null))]);
  const flush = async () => {
    while (gates.length) {
      gates.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { actions: new MagnifierActions(client, store), store, writes, flush };
}

describe('MagnifierActions', () => {
  it('crops the stream at 5×/10× when the camera has no magnifier, opening at the AF point', async () => {
    const { actions, store, writes } = setup(false);
    expect(magnifierOptions(store.getState())).toEqual({ source: 'crop', ratios: [50, 100] });
    await actions.open(50);
    // The AF point (600,100) moved inside the frame: a ×5 area is 128×96 AF units.
    expect(store.getState().magnifier).toEqual({ ratioX10: 50, centre: { x: 576, y: 100 }, source: 'crop' });
    actions.step(-1, 0);
    expect(store.getState().magnifier.centre).toEqual({ x: 512, y: 100 });
    actions.step(0, -1);
    expect(store.getState().magnifier.centre).toEqual({ x: 512, y: 52 });
    actions.close();
    expect(store.getState().magnifier.ratioX10).toBe(0);
    expect(writes).toEqual([]);
  });

  it('drives the body magnifier, sending only the newest centre while a write is in flight', async () => {
    const { actions, store, writes, flush } = setup(true);
    expect(magnifierOptions(store.getState())).toEqual({ source: 'body', ratios: [50, 100] });
    await actions.open(100);
    expect(decodeMagnifier(writes[0])).toEqual({ ratioX10: 100, centre: { x: 600, y: 100 } });
    // A drag: many pans while the first write waits; then one write with where it ended.
    for (let i = 0; i < 10; i++) actions.pan(-10, 5);
    expect(writes).toHaveLength(1);
    await flush();
    expect(writes).toHaveLength(2);
    expect(decodeMagnifier(writes[1])).toEqual({ ratioX10: 100, centre: { x: 500, y: 150 } });
    actions.cycle(); // ×10 was the last ratio: off
    await flush();
    expect(decodeMagnifier(writes[2])?.ratioX10).toBe(0);
    expect(store.getState().magnifier.ratioX10).toBe(0);
  });
});
