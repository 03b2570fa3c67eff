import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveViewFrame } from '../../../shared/camera-types';
import { shutterValue } from '../../../shared/properties';
import { simKit, meanLuminance, sharpness, type SimKit } from './sim-test-kit';

let kit: SimKit;
afterEach(async () => kit?.cleanup());

/** The first frame rendered after now (frames already being rendered may predate a change). */
async function freshFrame(k: SimKit): Promise<LiveViewFrame> {
  const after = k.driver.getLatestFrame(k.id)?.seq ?? 0;
  return k.next('frame', (f) => f.seq > after + 1);
}

describe('sim live view', () => {
  it('renders ~1024×680 JPEGs of a realistic size with the frame number', async () => {
    kit = await simKit();
    await kit.driver.startLiveView(kit.id);
    const f = await freshFrame(kit);
    const meta = await sharp(f.jpeg).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1024, 680]);
    expect([f.width, f.height]).toEqual([1024, 680]);
    expect(f.jpeg.length).toBeGreaterThan(40_000);
    expect(f.jpeg.length).toBeLessThan(160_000);
  });

  it('gets darker with a faster shutter and brighter with a higher ISO (M mode)', async () => {
    kit = await simKit();
    await kit.driver.startLiveView(kit.id);
    const base = await meanLuminance((await freshFrame(kit)).jpeg);
    await kit.set('shutter-speed', shutterValue(1, 1000));
    const dark = await meanLuminance((await freshFrame(kit)).jpeg);
    await kit.set('iso', 12800);
    const bright = await meanLuminance((await freshFrame(kit)).jpeg);
    expect(dark).toBeLessThan(base - 20);
    expect(bright).toBeGreaterThan(dark + 40);
  });

  it('follows exposure compensation in A mode, where the body meters', async () => {
    kit = await simKit();
    await kit.set('exposure-program-mode', 'aperture-priority');
    await kit.driver.startLiveView(kit.id);
    await kit.set('exposure-compensation', -2000);
    const minus = await meanLuminance((await freshFrame(kit)).jpeg);
    await kit.set('exposure-compensation', 2000);
    const plus = await meanLuminance((await freshFrame(kit)).jpeg);
    expect(plus).toBeGreaterThan(minus + 40);
  });

  it('is sharp after AF and soft after racking focus away in MF', async () => {
    kit = await simKit();
    await kit.set('aperture', 280);
    await kit.driver.startLiveView(kit.id);
    const focused = kit.next('afStatus', (e) => e.state === 'focused');
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'lock' });
    await focused;
    const sharp1 = await sharpness((await freshFrame(kit)).jpeg);
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'unlock' });
    await kit.set('focus-mode', 'mf');
    await kit.driver.sendCommand(kit.id, { type: 'focusNearFar', step: -7 });
    await kit.driver.sendCommand(kit.id, { type: 'focusNearFar', step: -7 });
    expect(kit.driver.inspect(kit.id).look.level).toBeGreaterThan(2);
    const soft = await sharpness((await freshFrame(kit)).jpeg);
    expect(soft).toBeLessThan(sharp1 * 0.6);
  });

  it('keeps only the latest frame and stops emitting on stop', async () => {
    kit = await simKit();
    expect(kit.driver.getLatestFrame(kit.id)).toBeNull();
    await kit.driver.startLiveView(kit.id);
    const f = await freshFrame(kit);
    await kit.driver.stopLiveView(kit.id);
    const latest = kit.driver.getLatestFrame(kit.id);
    expect(latest?.seq).toBeGreaterThanOrEqual(f.seq);
    expect(kit.driver.getLiveViewStatus(kit.id)).toEqual({ enabled: true, streaming: false });
    await kit.driver.setLiveViewEnabled(kit.id, false);
    await expect(kit.driver.startLiveView(kit.id)).rejects.toMatchObject({ code: 'OPERATION_REJECTED' });
  });

  it('produces OSD composites only while OSD is on', async () => {
    kit = await simKit();
    expect(kit.driver.getOsdStatus(kit.id)).toEqual({ supported: true, enabled: false });
    await kit.driver.startLiveView(kit.id);
    await freshFrame(kit);
    expect(kit.driver.getLatestOsdFrame(kit.id)).toBeNull();
    await kit.driver.setOsdEnabled(kit.id, true);
    await freshFrame(kit);
    await freshFrame(kit);
    await freshFrame(kit);
    const osd = kit.driver.getLatestOsdFrame(kit.id);
    expect(osd).not.toBeNull();
    const plain = kit.driver.getLatestFrame(kit.id) as LiveViewFrame;
    // The OSD bars darken the top and bottom of the frame.
    const top = async (jpeg: Uint8Array) =>
      meanLuminance(await sharp(jpeg).extract({ left: 0, top: 0, width: 1024, height: 30 }).toBuffer());
    expect(await top((osd as LiveViewFrame).jpeg)).toBeLessThan((await top(plain.jpeg)) - 10);
  });
});
