import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import { ISO_AUTO, SHUTTER_BULB, TRACKING_FOCUS_AREAS, shutterValue } from '../../../shared/properties';
import { simKit, type SimKit } from './sim-test-kit';

let kit: SimKit;
afterEach(async () => kit?.cleanup());

async function rejects(p: Promise<unknown>, code: string): Promise<void> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isTetherError(err) ? err.code : err).toBe(code);
}

describe('sim property rules', () => {
  it('reports everything read-only with empty lists while the camera holds the priority key', async () => {
    kit = await simKit({ pcRemote: false });
    const all = await kit.driver.getProperties(kit.id);
    const pk = all.find((p) => p.code === kit.code('priority-key'));
    expect(pk).toMatchObject({ writable: true, value: kit.raw('priority-key', 'camera-position') });
    expect(all.filter((p) => p !== pk && (p.writable || p.available.length))).toEqual([]);
    await rejects(kit.driver.setAfAreaPosition(kit.id, 100, 100), ErrorCode.PriorityKeyNotPcRemote);
    const codes = await kit.set('priority-key', 'pc-remote');
    // Claiming the key changes the writability of most of the body: every such code is reported.
    expect(codes).toEqual(
      expect.arrayContaining([kit.code('priority-key'), kit.code('iso'), kit.code('focus-area')]),
    );
    expect((await kit.prop('focus-area')).available.length).toBeGreaterThan(3);
  });

  it('offers aperture and shutter according to the exposure program', async () => {
    kit = await simKit();
    const writable = async () => [
      (await kit.prop('aperture')).writable,
      (await kit.prop('shutter-speed')).writable,
    ];
    expect(await writable()).toEqual([true, true]);
    expect((await kit.prop('shutter-speed')).available).toContain(SHUTTER_BULB);

    const codes = await kit.set('exposure-program-mode', 'aperture-priority');
    expect(codes).toEqual(expect.arrayContaining([kit.code('shutter-speed')]));
    expect(await writable()).toEqual([true, false]);
    expect((await kit.prop('shutter-speed')).available).toEqual([]);

    await kit.set('exposure-program-mode', 'shutter-priority');
    expect(await writable()).toEqual([false, true]);
    expect((await kit.prop('shutter-speed')).available).not.toContain(SHUTTER_BULB);

    await kit.set('exposure-program-mode', 'program-auto');
    expect(await writable()).toEqual([false, false]);

    await kit.set('exposure-program-mode', 'auto');
    expect(await writable()).toEqual([false, false]);
    expect((await kit.prop('iso')).writable).toBe(false);
    expect((await kit.prop('exposure-compensation')).writable).toBe(false);
  });

  it('rejects a write the current mode does not allow', async () => {
    kit = await simKit();
    await kit.set('exposure-program-mode', 'aperture-priority');
    await rejects(
      kit.driver.setProperty(kit.id, kit.code('shutter-speed'), shutterValue(1, 250)),
      ErrorCode.PropertyNotWritable,
    );
    await rejects(kit.driver.setProperty(kit.id, kit.code('aperture'), 140), ErrorCode.ValueNotAvailable); // the lens stops at f/2.8
    await rejects(
      kit.driver.setProperty(kit.id, kit.code('iso-current'), 100),
      ErrorCode.PropertyNotWritable,
    );
    await rejects(kit.driver.setProperty(kit.id, 0x7777, 1), ErrorCode.UnknownProperty);
  });

  it('meters in the auto modes: the body picks values it lists and lands on the bias', async () => {
    kit = await simKit();
    await kit.set('exposure-program-mode', 'aperture-priority');
    await kit.set('iso', 400);
    const before = (await kit.prop('shutter-speed')).value;
    const codes = await kit.set('aperture', 1100);
    expect(codes).toContain(kit.code('shutter-speed'));
    expect((await kit.prop('shutter-speed')).value).not.toBe(before);
    expect(Math.abs(kit.driver.inspect(kit.id).exposure.diffEv)).toBeLessThan(0.34);
    await kit.set('exposure-compensation', 1000);
    expect(Math.abs(kit.driver.inspect(kit.id).exposure.diffEv - 1)).toBeLessThan(0.34);
  });

  it('has no ISO AUTO at BULB and exposure compensation in M only with ISO AUTO', async () => {
    kit = await simKit();
    expect((await kit.prop('exposure-compensation')).writable).toBe(false);
    await kit.set('iso', ISO_AUTO);
    expect((await kit.prop('exposure-compensation')).writable).toBe(true);
    const codes = await kit.set('shutter-speed', SHUTTER_BULB);
    expect(codes).toContain(kit.code('iso'));
    expect((await kit.prop('iso')).value).toBe(100);
    expect((await kit.prop('iso')).available).not.toContain(ISO_AUTO);
  });

  it('offers tracking focus areas only in AF-C and drops them when leaving AF-C', async () => {
    kit = await simKit();
    const tracking = (vs: unknown[]) => vs.filter((v) => TRACKING_FOCUS_AREAS.includes(v as number));
    expect(tracking((await kit.prop('focus-area')).available)).toEqual([]);
    await rejects(
      kit.driver.setProperty(kit.id, kit.code('focus-area'), kit.raw('focus-area', 'tracking-zone')),
      ErrorCode.ValueNotAvailable,
    );
    await kit.set('focus-mode', 'af-c');
    expect(tracking((await kit.prop('focus-area')).available).length).toBeGreaterThan(3);
    await kit.set('focus-area', 'tracking-zone');
    const codes = await kit.set('focus-mode', 'af-s');
    expect(codes).toContain(kit.code('focus-area'));
    expect((await kit.prop('focus-area')).value).toBe(kit.raw('focus-area', 'zone'));
    await kit.set('focus-mode', 'mf');
    expect((await kit.prop('focus-area')).writable).toBe(false);
  });

  it('makes colour temperature writable only with white balance C.Temp', async () => {
    kit = await simKit();
    expect((await kit.prop('white-balance-color-temp')).writable).toBe(false);
    const codes = await kit.set('white-balance', 'color-temp');
    expect(codes).toContain(kit.code('white-balance-color-temp'));
    const ct = await kit.prop('white-balance-color-temp');
    expect(ct.writable).toBe(true);
    expect(ct.available).toContain(3200);
    await kit.set('white-balance-color-temp', 3200);
    expect((await kit.prop('white-balance-color-temp')).value).toBe(3200);
  });

  it('ties JPEG-only and RAW-only settings to the file format', async () => {
    kit = await simKit();
    expect((await kit.prop('raw-compression')).writable).toBe(false);
    await kit.set('file-format', 'raw');
    expect((await kit.prop('raw-compression')).writable).toBe(true);
    expect((await kit.prop('image-quality')).writable).toBe(false);
    expect((await kit.prop('image-size')).writable).toBe(false);
  });

  it('refuses property writes in contents mode', async () => {
    kit = await simKit({ mode: 'contents' });
    const err = await kit.driver
      .setProperty(kit.id, kit.code('priority-key'), kit.raw('priority-key', 'pc-remote'))
      .catch((e: unknown) => e);
    expect(isTetherError(err, ErrorCode.WrongConnectionMode)).toBe(true);
  });

  it('answers CAMERA_BUSY to a write while a busy fault is pending', async () => {
    kit = await simKit();
    kit.driver.faults(kit.id).busy(1);
    const err = await kit.driver.setProperty(kit.id, kit.code('iso'), 400).catch((e: unknown) => e);
    expect(isTetherError(err, ErrorCode.CameraBusy) && err.details?.sdkCode).toBe(0x8d03);
    await kit.set('iso', 400);
  });
});
