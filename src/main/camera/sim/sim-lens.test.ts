import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveViewFrame } from '../../../shared/camera-types';
import { CR } from '../../../shared/properties';
import { FOCUS_POSITION_MAX, focusPositionOf } from './focus-position';
import { SCENE_REGIONS, regionSharpness, simKit, type SimKit } from './sim-test-kit';

let kit: SimKit;
afterEach(async () => kit?.cleanup());

/** The ILCE-7M4's FE 24-70 GM II focuses down to 0.21 m. */
const at = (m: number) => focusPositionOf(1 / m, 0.21);

/** The first frame rendered after now. */
async function freshFrame(k: SimKit): Promise<LiveViewFrame> {
  const after = k.driver.getLatestFrame(k.id)?.seq ?? 0;
  return k.next('frame', (f) => f.seq > after + 1);
}

describe('sim lens: focus position and zoom distance', () => {
  it('reports the three with their CRSDK codes; zoom distance is read-only, focus position MF-only', async () => {
    kit = await simKit();
    const [pos, current, zoom] = await kit.driver.getSelectedProperties(kit.id, [
      CR.FocusPositionSetting,
      CR.FocusPositionCurrentValue,
      CR.ZoomDistance,
    ]);
    expect([pos.code, current.code, zoom.code]).toEqual([0x020e, 0x0766, 0x014d]);
    expect(zoom).toMatchObject({ value: 50_000, writable: false, available: [] });
    expect(pos).toMatchObject({ value: at(3), writable: false });
    expect(current.value).toBe(at(3));
    await expect(kit.driver.setProperty(kit.id, CR.ZoomDistance, 70_000)).rejects.toMatchObject({
      code: 'PROPERTY_NOT_WRITABLE',
    });
    await expect(kit.driver.setProperty(kit.id, CR.FocusPositionSetting, 1000)).rejects.toMatchObject({
      code: 'PROPERTY_NOT_WRITABLE',
    });
    await kit.set('focus-mode', 'mf');
    // A range (UInt16Range 0..0xFFFF): writable, no value list, anything outside refused.
    expect(await kit.prop('focus-position')).toMatchObject({ writable: true, available: [] });
    await expect(kit.driver.setProperty(kit.id, CR.FocusPositionSetting, 70_000)).rejects.toMatchObject({
      code: 'VALUE_NOT_AVAILABLE',
    });
    await expect(kit.driver.setProperty(kit.id, CR.FocusPositionSetting, 1.5)).rejects.toMatchObject({
      code: 'VALUE_NOT_AVAILABLE',
    });
  });

  it('AF moves the focus position onto what the AF frame covers', async () => {
    kit = await simKit();
    const focused = kit.next('afStatus', (e) => e.state === 'focused');
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'lock' });
    await focused;
    // The default frame sits on the colour chart / text card, 2.2 m away.
    expect((await kit.prop('focus-position')).value).toBe(at(2.2));
    expect((await kit.prop('focus-position-current')).value).toBe(at(2.2));
    expect((await kit.prop('focus-distance')).value).toBe(2200);
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'unlock' });
    // Move the spot onto the vase in front: AF now focuses at 1 m.
    await kit.driver.setAfAreaPosition(kit.id, 95, 395);
    const again = kit.next('afStatus', (e) => e.state === 'focused');
    await kit.driver.sendCommand(kit.id, { type: 's1', action: 'lock' });
    await again;
    expect((await kit.prop('focus-distance')).value).toBe(1000);
    expect((await kit.prop('focus-position')).value).toBe(at(1.0));
  });

  it('focus near/far steps move the position up (near) and down (far)', async () => {
    kit = await simKit();
    await kit.set('focus-mode', 'mf');
    const start = (await kit.prop('focus-position')).value as number;
    await kit.driver.sendCommand(kit.id, { type: 'focusNearFar', step: -5 });
    const nearer = (await kit.prop('focus-position')).value as number;
    expect(nearer).toBeGreaterThan(start);
    expect((await kit.prop('focus-position-current')).value).toBe(nearer);
    await kit.driver.sendCommand(kit.id, { type: 'focusNearFar', step: 6 });
    expect((await kit.prop('focus-position')).value as number).toBeLessThan(nearer);
  });

  it('a written position drives the lens there, reports it done, and focus distance follows', async () => {
    kit = await simKit();
    await kit.set('focus-mode', 'mf');
    const target = at(1.5);
    const done = kit.next('operationResult', (e) => e.operation === 'focusPosition');
    const codes = await kit.set('focus-position', target);
    expect(codes).toContain(kit.code('focus-driving-status'));
    expect((await kit.prop('focus-position')).value).toBe(target);
    expect(await done).toMatchObject({ result: 'ok' });
    expect((await kit.prop('focus-position-current')).value).toBe(target);
    expect((await kit.prop('focus-driving-status')).value).toBe(
      kit.raw('focus-driving-status', 'not-driving'),
    );
    expect((await kit.prop('focus-distance')).value).toBe(1500);
    await kit.set('focus-position', 0);
    expect((await kit.prop('focus-distance')).value).toBe(0xffffffff);
    await kit.set('focus-position', FOCUS_POSITION_MAX);
    expect((await kit.prop('focus-distance')).value).toBe(210);
  });

  it('touch focus in MF focuses on what was touched', async () => {
    kit = await simKit();
    await kit.set('focus-mode', 'mf');
    const driving = kit.next('propertyChanged', (e) => e.codes.includes(kit.code('focus-position')));
    await kit.driver.sendCommand(kit.id, { type: 'touch', x: 482, y: 182 });
    await driving;
    expect((await kit.prop('focus-position')).value).toBe(at(3.2));
  });

  it('the live view follows the written focus position: near sharpens the vase, far the star', async () => {
    kit = await simKit();
    await kit.set('focus-mode', 'mf');
    await kit.set('aperture', 280);
    await kit.driver.startLiveView(kit.id);
    const frameAt = async (m: number) => {
      const done = kit.next('operationResult', (e) => e.operation === 'focusPosition');
      await kit.set('focus-position', at(m));
      await done;
      return (await freshFrame(kit)).jpeg;
    };
    const near = await frameAt(1.0);
    const far = await frameAt(3.2);
    expect(await regionSharpness(near, SCENE_REGIONS.vase)).toBeGreaterThan(
      (await regionSharpness(far, SCENE_REGIONS.vase)) * 1.5,
    );
    expect(await regionSharpness(far, SCENE_REGIONS.star)).toBeGreaterThan(
      (await regionSharpness(near, SCENE_REGIONS.star)) * 1.5,
    );
  });

  it('captured shots carry the focus plane too: a near shot and a far shot differ where it matters', async () => {
    kit = await simKit();
    await kit.set('focus-mode', 'mf');
    await kit.set('aperture', 280);
    await kit.set('still-image-store-destination', 'host-pc');
    const shotAt = async (m: number) => {
      const done = kit.next('operationResult', (e) => e.operation === 'focusPosition');
      await kit.set('focus-position', at(m));
      await done;
      const shot = kit.next('downloadComplete');
      await kit.driver.sendCommand(kit.id, { type: 'afShutter' });
      return readFile((await shot).stagedPath);
    };
    const near = await shotAt(1.0);
    const far = await shotAt(4.5);
    expect(await regionSharpness(near, SCENE_REGIONS.vase)).toBeGreaterThan(
      (await regionSharpness(far, SCENE_REGIONS.vase)) * 1.5,
    );
    expect(await regionSharpness(far, SCENE_REGIONS.wall)).toBeGreaterThan(
      (await regionSharpness(near, SCENE_REGIONS.wall)) * 1.5,
    );
  });
});
