import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveViewFrame } from '../../../shared/camera-types';
import { decodeMagnifier, encodeMagnifier, magnifiedArea, magnifierRatios } from '../../../shared/properties';
import { simKit, sharpness, type SimKit } from './sim-test-kit';

let kit: SimKit;
afterEach(async () => kit?.cleanup());

/** The first frame rendered after now. */
async function freshFrame(k: SimKit): Promise<LiveViewFrame> {
  const after = k.driver.getLatestFrame(k.id)?.seq ?? 0;
  return k.next('frame', (f) => f.seq > after + 1);
}

/** Sharpness above the info strip (drawn into every frame at the bottom). */
async function imageSharpness(jpeg: Uint8Array | Buffer): Promise<number> {
  return sharpness(await sharp(jpeg).extract({ left: 0, top: 0, width: 1024, height: 600 }).toBuffer());
}

describe('sim focus magnifier (Focus_Magnifier_Setting)', () => {
  it('lists off, ×1, ×5 and ×10 and takes a listed ratio with any centre, clamped into the frame', async () => {
    kit = await simKit();
    const p = await kit.prop('focus-magnifier');
    expect(p.writable).toBe(true);
    expect(magnifierRatios(p.available)).toEqual([50, 100]);
    await kit.set('focus-magnifier', encodeMagnifier(50, { x: 600, y: 20 }));
    expect(decodeMagnifier((await kit.prop('focus-magnifier')).value)).toEqual({
      ratioX10: 50,
      centre: { x: 576, y: 48 },
    });
    // A write without a centre (the listed value itself) keeps where the magnifier is.
    await kit.set('focus-magnifier', encodeMagnifier(100, null));
    expect(decodeMagnifier((await kit.prop('focus-magnifier')).value)).toEqual({
      ratioX10: 100,
      centre: { x: 576, y: 48 },
    });
    await expect(
      kit.driver.setProperty(kit.id, kit.code('focus-magnifier'), encodeMagnifier(30, { x: 320, y: 240 })),
    ).rejects.toMatchObject({ code: 'VALUE_NOT_AVAILABLE' });
    await expect(
      kit.driver.setProperty(kit.id, kit.code('focus-magnifier'), encodeMagnifier(50, { x: 700, y: 240 })),
    ).rejects.toMatchObject({ code: 'VALUE_NOT_AVAILABLE' });
  });

  it('shows the magnified area with real detail: sharper than the same area cut from the stream', async () => {
    kit = await simKit();
    await kit.driver.startLiveView(kit.id);
    // Focus on the subject first (AF-S), as a photographer checks a focused frame.
    const focused = kit.next('afStatus', (e) => e.state === 'focused');
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'lock' });
    await focused;
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'unlock' });
    const centre = { x: 312, y: 295 }; // the text card
    const whole = await freshFrame(kit);
    await kit.set('focus-magnifier', encodeMagnifier(50, centre));
    const magnified = await freshFrame(kit);
    expect([magnified.width, magnified.height]).toEqual([1024, 680]);
    // What a crop of the 1024-px stream gives for the same area, enlarged to the same size.
    const a = magnifiedArea(50, centre);
    const crop = await sharp(whole.jpeg)
      .extract({
        left: Math.round(a.left * 1024),
        top: Math.round(a.top * 680),
        width: Math.round(a.width * 1024),
        height: Math.round(a.height * 680),
      })
      .resize(1024, 680, { fit: 'fill', kernel: 'lanczos3' })
      .jpeg({ quality: 90 })
      .toBuffer();
    const fromBody = await imageSharpness(magnified.jpeg);
    const fromCrop = await imageSharpness(crop);
    if (process.env.TETHER_SIM_MAGNIFIER_DUMP) {
      await sharp(magnified.jpeg).toFile(`${process.env.TETHER_SIM_MAGNIFIER_DUMP}/magnified.jpg`);
      await sharp(crop).toFile(`${process.env.TETHER_SIM_MAGNIFIER_DUMP}/crop.jpg`);
    }
    expect(fromBody).toBeGreaterThan(fromCrop * 1.5);
    // Off again: the whole frame.
    await kit.set('focus-magnifier', encodeMagnifier(0, null));
    const back = await freshFrame(kit);
    const diff = Math.abs((await imageSharpness(back.jpeg)) - (await imageSharpness(whole.jpeg)));
    expect(diff).toBeLessThan((await imageSharpness(whole.jpeg)) * 0.2);
  });
});
