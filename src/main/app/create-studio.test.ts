import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagnosticsBundleSchema } from '../../shared/diagnostics-types';
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

  it('warms the driver up only once started (the app calls warmUp when it is up)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ts-create-'));
    const driver = Object.assign(new FakeDriver(), { warmUp: vi.fn() });
    const studio = await createStudio({
      dataDir: join(dir, 'data'),
      sessionRoot: join(dir, 'shots'),
      driverInstance: driver,
      logs: new LogBuffer(100, null),
    });
    studio.warmUp();
    expect(driver.warmUp).not.toHaveBeenCalled();
    await studio.start();
    studio.warmUp();
    expect(driver.warmUp).toHaveBeenCalledTimes(1);
    await studio.stop();
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

  it('starts when settings.json is a folder: moved aside and reported like any corrupt file (issue 12 item 5)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ts-create-'));
    await mkdir(join(dir, 'data', 'settings.json', 'inside'), { recursive: true });
    const studio = await createStudio({
      dataDir: join(dir, 'data'),
      sessionRoot: join(dir, 'shots'),
      driverInstance: new FakeDriver(),
      logs: new LogBuffer(100, null),
    });
    await studio.start();
    expect(studio.settings.problems).toEqual([
      expect.objectContaining({
        file: join(dir, 'data', 'settings.json'),
        reason: expect.stringMatching(/folder/),
      }),
    ]);
    expect((await stat(studio.settings.problems[0].movedTo)).isDirectory()).toBe(true);
    await studio.settings.update({ autoConnect: true });
    expect(JSON.parse(await readFile(join(dir, 'data', 'settings.json'), 'utf8')).autoConnect).toBe(true);
    await studio.stop();
  });

  it.each(['C:\\Shoots', '\\\\nas\\share', 'relative/shoots'])(
    'ignores a stored session root that is not absolute here (%s), using the default (issue 12 item 6)',
    async (root) => {
      dir = await mkdtemp(join(tmpdir(), 'ts-create-'));
      await mkdir(join(dir, 'data'), { recursive: true });
      await writeFile(join(dir, 'data', 'settings.json'), JSON.stringify({ version: 1, sessionRoot: root }));
      const logs = new LogBuffer(100, null);
      const studio = await createStudio({
        dataDir: join(dir, 'data'),
        sessionRootFallback: join(dir, 'fallback'),
        driverInstance: new FakeDriver(),
        logs,
      });
      await studio.start();
      expect(studio.sessions.root).toBe(join(dir, 'fallback'));
      expect(
        logs
          .recent(50, 'error')
          .map((e) => e.message)
          .join('\n'),
      ).toContain('ignored sessionRoot');
      await expect(studio.sessions.setRoot(root)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      await studio.stop();
    },
  );

  it('writes its log to rotating files in the data folder and builds a redacted diagnostics bundle (item 11)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ts-create-'));
    const logs = new LogBuffer(100, null);
    const studio = await createStudio({
      dataDir: join(dir, 'data'),
      sessionRoot: join(dir, 'shots'),
      driverInstance: new FakeDriver(),
      logs,
      logDir: join(dir, 'data', 'logs'),
    });
    logs.addSecret('s3cret-token-abcdefgh');
    await studio.start();
    logs.logger('test').warn('request with ?token=s3cret-token-abcdefgh failed');
    expect(studio.logDir).toBe(join(dir, 'data', 'logs'));
    const bundle = await studio.diagnostics();
    expect(diagnosticsBundleSchema.parse(bundle)).toBeTruthy();
    expect(bundle.versions).toMatchObject({ app: expect.any(String), node: process.versions.node });
    expect(bundle.logs.files.map((f) => f.name)).toEqual(['tether-studio.log']);
    expect(bundle.logs.files[0].text).toMatch(/started: /);
    expect(bundle.settings).toMatchObject({ version: 1 });
    expect(JSON.stringify(bundle)).not.toContain('s3cret-token-abcdefgh');
    expect(JSON.stringify(bundle)).toContain('token=[redacted]');
    await studio.stop();
    expect(await readFile(join(dir, 'data', 'logs', 'tether-studio.log'), 'utf8')).toContain(
      'token=[redacted]',
    );
  });
});
