import { afterEach, describe, expect, it } from 'vitest';
import { fakeProps, codeOf } from '../camera/fake/fake-props';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});

const cam = 'fake-1';

describe('PropertyService', () => {
  it('lists catalog-known properties as views', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    const all = await h.studio.properties.getAll(cam);
    expect(all.map((p) => p.name).sort()).toEqual([
      'aperture',
      'battery-remain',
      'focus-mode',
      'iso',
      'priority-key',
      'shutter-speed',
    ]);
    expect(all.find((p) => p.name === 'iso')).toMatchObject({
      value: 800,
      formatted: 'ISO 800',
      writable: true,
    });
    expect((await h.studio.properties.get(cam, 'battery-remain')).writable).toBe(false);
  });

  it('sets friendly, hex and decimal values and returns the re-read view', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    const props = h.studio.properties;
    expect(await props.set(cam, 'iso', 'ISO 1600')).toMatchObject({ value: 1600 });
    expect(await props.set(cam, 'iso', '0x190')).toMatchObject({ value: 400 });
    expect(await props.set(cam, 'iso', '200')).toMatchObject({ value: 200 });
    expect(await props.set(cam, 'aperture', 'f/8')).toMatchObject({ value: 800 });
    expect(h.driver.cameras.get(cam)?.props.get(codeOf('aperture'))?.value).toBe(800);
  });

  it('rejects with clear codes: unknown, read-only, not writable, not available, unparsable', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    const props = h.studio.properties;
    await expect(props.set(cam, 'bogus', '1')).rejects.toMatchObject({
      code: 'UNKNOWN_PROPERTY',
      message: expect.stringContaining('bogus'),
    });
    await expect(props.set(cam, 'battery-remain', '50')).rejects.toMatchObject({
      code: 'PROPERTY_NOT_WRITABLE',
    });
    await expect(props.set(cam, 'shutter-speed', '1/100')).rejects.toMatchObject({
      code: 'PROPERTY_NOT_WRITABLE',
    });
    await expect(props.set(cam, 'iso', 'ISO 25600')).rejects.toMatchObject({
      code: 'VALUE_NOT_AVAILABLE',
      message: expect.stringMatching(
        /ISO 25600 is not available for iso now; available: ISO 100, .*ISO 1600/,
      ),
    });
    await expect(props.set(cam, 'iso', 'banana')).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    await expect(props.set(cam, 'iso', '  ')).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    expect(h.driver.cameras.get(cam)?.props.get(codeOf('iso'))?.value).toBe(800);
  });

  it('validates against the camera’s current available values, not a stale cache', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    await h.studio.properties.getAll(cam);
    const iso = h.driver.cameras.get(cam)?.props.get(codeOf('iso'));
    if (iso) iso.available = [100, 200];
    await expect(h.studio.properties.set(cam, 'iso', '1600')).rejects.toMatchObject({
      code: 'VALUE_NOT_AVAILABLE',
    });
  });

  it('explains a refused write when the priority key is on the camera', async () => {
    const props = fakeProps({ priorityKey: 'camera-position' }).map((p) => ({
      ...p,
      writable: p.code === codeOf('priority-key'),
    }));
    h = await fakeStudio({ props, connect: 'remote', keepCameraPriority: true });
    await expect(h.studio.properties.set(cam, 'iso', '400')).rejects.toMatchObject({
      code: 'PRIORITY_KEY_NOT_PC_REMOTE',
    });
    expect(await h.studio.properties.setPriorityKey(cam, 'pc-remote')).toMatchObject({
      formatted: 'pc-remote',
    });
  });

  it('re-reads only changed codes and emits propertyChanged after the cache is fresh', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    await h.studio.properties.getAll(cam);
    const before = h.driver.calls.getSelected;
    let seen: number | undefined;
    const changed = h.studio.bus.waitFor('propertyChanged');
    h.studio.bus.once('propertyChanged', () => {
      void h.studio.properties.get(cam, 'iso').then((v) => (seen = Number(v.value)));
    });
    const iso = h.driver.cameras.get(cam)?.props.get(codeOf('iso'));
    if (iso) iso.value = 1600;
    h.driver.events.emit('propertyChanged', { cameraId: cam, codes: [codeOf('iso')] });
    expect(await changed).toEqual({ cameraId: cam, codes: [codeOf('iso')], count: 1, names: ['iso'] });
    expect(h.driver.calls.getSelected).toBe(before + 1);
    await h.studio.properties.get(cam, 'aperture');
    expect(seen).toBe(1600);
  });

  it('needs a connected camera', async () => {
    h = await fakeStudio({ props: fakeProps() });
    await expect(h.studio.properties.getAll(cam)).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  });
});
