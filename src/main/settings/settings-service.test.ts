import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogBuffer } from '../core/logger';
import { EventBus } from '../core/event-bus';
import { JsonFile } from '../core/json-file';
import { CorruptionReporter } from '../core/corruption-reporter';
import { SettingsService } from './settings-service';

let dir: string;
let logs: LogBuffer;

function make() {
  logs = new LogBuffer(100, null);
  const bus = new EventBus();
  const warnings: string[] = [];
  bus.on('warning', (w) => warnings.push(`${w.code}: ${w.message}`));
  const reporter = new CorruptionReporter(logs.logger('settings'), bus);
  return { settings: new SettingsService(dir, reporter), warnings, reporter };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SettingsService', () => {
  it('gives defaults without a file and persists updates atomically', async () => {
    const { settings } = make();
    expect((await settings.load()).namingTemplate).toBe('{session}_{seq:4}{ext}');
    await settings.update({ autoConnect: true, extra: { theme: 'dark' } });
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ autoConnect: true, extra: { theme: 'dark' } });
    expect(await readdir(dir)).toEqual(['settings.json']);
    const again = make().settings;
    expect((await again.load()).autoConnect).toBe(true);
  });

  it('rejects invalid updates and changes nothing', async () => {
    const { settings } = make();
    await settings.load();
    await expect(settings.update({ afTimeoutMs: -5 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(settings.update({ namingTemplate: 'a/b' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(settings.get().afTimeoutMs).toBe(3000);
  });

  it.each([
    ['broken JSON', '{"autoConnect": tru'],
    ['wrong types', '{"version":1,"autoConnect":"yes"}'],
  ])('moves a corrupt file aside and reports it (%s)', async (_label, content) => {
    await writeFile(join(dir, 'settings.json'), content);
    const { settings, warnings, reporter } = make();
    const loaded = await settings.load();
    expect(loaded.autoConnect).toBe(false);
    expect(settings.problems).toHaveLength(1);
    const report = reporter.reports[0];
    expect(report.movedTo).toMatch(/settings\.json\.corrupt-\d{4}-\d\d-\d\dT/);
    expect(await readFile(report.movedTo, 'utf8')).toBe(content);
    expect(warnings[0]).toMatch(/^CORRUPT_SETTINGS: .*settings\.json was corrupt/);
    expect(logs.recent(10, 'error')).toHaveLength(1);
    // The broken file is not silently overwritten: it is kept under the new name.
    expect((await readdir(dir)).some((f) => f.startsWith('settings.json.corrupt-'))).toBe(true);
  });
});

describe('JsonFile', () => {
  it('coalesces concurrent saves to the last value', async () => {
    const file = new JsonFile(join(dir, 'x.json'), z.object({ n: z.number() }));
    await Promise.all([1, 2, 3, 4, 5].map((n) => file.save({ n })));
    expect(JSON.parse(await readFile(join(dir, 'x.json'), 'utf8'))).toEqual({ n: 5 });
    expect((await file.load()).value).toEqual({ n: 5 });
  });

  it('refuses to save a value that fails the schema', async () => {
    const file = new JsonFile(join(dir, 'y.json'), z.object({ n: z.number() }));
    await expect(file.save({ n: 'x' } as unknown as { n: number })).rejects.toThrow();
    expect((await file.load()).value).toBeNull();
  });
});
