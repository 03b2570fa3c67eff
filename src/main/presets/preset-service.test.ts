import { afterEach, describe, expect, it } from 'vitest';
import { simProStudio, type SimProStudio } from '../app/testing/sim-studio';

let h: SimProStudio;
afterEach(async () => {
  await h?.close();
});

describe('PresetService on the simulator', { timeout: 60_000 }, () => {
  it('saves settings as a preset and applies it in dependency order: exposure mode before the shutter', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    const { presets } = h.studio.pro;
    const { properties } = h.studio;
    await properties.set(cam, 'shutter-speed', '1/500');
    await properties.set(cam, 'iso', '400');
    // Listed in an order that would fail: the shutter cannot be set outside S and M.
    const saved = await presets.save(cam, 'Flash sync', ['shutter-speed', 'iso', 'exposure-program-mode']);
    expect(saved.values.map((v) => v.formatted)).toEqual(['1/500', 'ISO 400', expect.any(String)]);
    expect(saved.model).toBe('ILCE-7M4');

    await properties.set(cam, 'exposure-program-mode', 'program-auto');
    await properties.set(cam, 'iso', '100');
    expect((await properties.get(cam, 'shutter-speed')).writable).toBe(false);

    const applied = await presets.apply(cam, 'Flash sync');
    expect(applied.results.map((r) => r.name)).toEqual(['exposure-program-mode', 'shutter-speed', 'iso']);
    expect(applied.results.every((r) => r.ok)).toBe(true);
    expect((await properties.get(cam, 'shutter-speed')).formatted).toBe('1/500');
    expect((await properties.get(cam, 'iso')).formatted).toBe('ISO 400');
    expect(h.events.some((e) => e.event === 'presetsChanged')).toBe(true);
  });

  it('exports and imports presets as JSON, keeps them across a restart, and refuses bad ones', async () => {
    h = await simProStudio();
    const [cam] = h.ids;
    const { presets } = h.studio.pro;
    await presets.save(cam, 'A', ['iso']);
    const file = presets.exportFile();
    expect(file).toMatchObject({ format: 'tether-studio-presets', version: 1, presets: [{ name: 'A' }] });
    await presets.remove('A');
    expect(presets.list()).toEqual([]);
    await expect(presets.remove('A')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(presets.apply(cam, 'A')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const renamed = { ...file, presets: [{ ...file.presets[0], name: 'B' }] };
    await presets.importFile(JSON.parse(JSON.stringify(renamed)));
    await expect(presets.importFile({ format: 'something-else' } as never)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(
      presets.importFile({
        ...file,
        presets: [{ ...file.presets[0], values: [{ name: 'warp-drive', value: '0x1', formatted: '' }] }],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(presets.save(cam, 'C', ['warp-drive'])).rejects.toMatchObject({ code: 'UNKNOWN_PROPERTY' });

    const dataDir = `${h.dir}/data`;
    await h.studio.stop();
    const again = await simProStudio(1, dataDir);
    try {
      expect(again.studio.pro.presets.list().map((p) => p.name)).toEqual(['B']);
    } finally {
      await again.close();
    }
  });
});
