import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogBuffer } from '../core/logger';
import { FakeDriver } from '../camera/fake/fake-driver';
import { createStudio } from './create-studio';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('createStudio', () => {
  it('builds, starts and stops the services around a driver', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ts-create-'));
    const studio = await createStudio({
      dataDir: join(dir, 'data'),
      sessionRoot: join(dir, 'shots'),
      driverInstance: new FakeDriver(),
      logs: new LogBuffer(100, null),
    });
    expect(studio.options).toMatchObject({
      dataDir: join(dir, 'data'),
      sessionRoot: join(dir, 'shots'),
      driver: 'auto',
    });
    await studio.start();
    expect(studio.status()).toMatchObject({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      driver: { kind: 'sim' },
      server: { enabled: false, url: null },
    });
    expect(studio.sessions.active().folder.startsWith(join(dir, 'shots'))).toBe(true);
    expect((await studio.cameras.list()).map((c) => c.id)).toEqual(['fake-1']);
    await studio.cameras.connect('fake-1', 'remote');
    await studio.stop();
    await studio.stop();
    expect(studio.cameras.state('fake-1')).toBe('disconnected');
    const index = JSON.parse(await readFile(join(dir, 'data', 'sessions.json'), 'utf8'));
    expect(index.sessions).toHaveLength(1);
  });

  it('starts with a corrupt settings file moved aside and flagged', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ts-create-'));
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(join(dir, 'data', 'settings.json'), '{{{');
    const studio = await createStudio({
      dataDir: join(dir, 'data'),
      sessionRoot: join(dir, 'shots'),
      driverInstance: new FakeDriver(),
      logs: new LogBuffer(100, null),
    });
    await studio.start();
    expect(studio.settings.problems).toHaveLength(1);
    expect(studio.settings.problems[0].file).toBe(join(dir, 'data', 'settings.json'));
    await studio.stop();
  });
});
