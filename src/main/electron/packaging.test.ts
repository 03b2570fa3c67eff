import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

// Loads build/electron-builder.yml exactly as `electron-builder --config build/electron-builder.yml` does
// (YAML + its `extends` hook, then electron-builder's own schema validation), without packaging anything.
const root = resolve(__dirname, '..', '..', '..');
const requireFromBuilder = createRequire(
  createRequire(join(root, 'package.json')).resolve('electron-builder'),
);
/** The parts of the merged configuration these tests read. */
interface BuilderConfig {
  appId: string;
  productName: string;
  electronDist?: string;
  icon: string;
  files: { filter: string[] }[];
  asarUnpack: string[];
  extraResources: unknown[];
  npmRebuild: boolean;
  linux: { target: string[]; icon: string; extraFiles: unknown[] };
  mac: { target: string[]; extraFiles: unknown[] };
  win: { target: string[]; extraFiles: unknown[] };
}
const { getConfig, validateConfiguration } = requireFromBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(
    projectDir: string,
    configPath: string | null,
    configFromOptions: unknown,
  ): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = requireFromBuilder('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};
const distHook = (await import(pathToFileURL(join(root, 'build', 'electron-dist.mjs')).href)) as {
  electronDistFor(env: Record<string, string | undefined>): string | undefined;
};

// The hook reads the environment when electron-builder calls it: point it at a stand-in Electron dir.
const fakeDist = mkdtempSync(join(tmpdir(), 'tether-electron-dist-'));
process.env.ELECTRON_DIST = fakeDist;
afterAll(() => rmSync(fakeDist, { recursive: true, force: true }));

const loaded = getConfig(root, 'build/electron-builder.yml', null);

describe('build/electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await loaded;
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and builds AppImage + deb, dmg and nsis', async () => {
    const config = await loaded;
    expect(config.productName).toBe('Tether Studio');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('takes the Electron distribution from ELECTRON_DIST so it can package offline', async () => {
    expect((await loaded).electronDist).toBe(fakeDist);
    expect(distHook.electronDistFor({ ELECTRON_DIST: '/opt/electron-v45' })).toBe('/opt/electron-v45');
    const local = join(root, 'node_modules', 'electron', 'dist');
    expect(distHook.electronDistFor({})).toBe(existsSync(join(local, 'version')) ? local : undefined);
  });

  it('packages the electron-vite output and unpacks the native modules from asar', async () => {
    const config = await loaded;
    // electron-builder normalises `files` into one pattern set.
    expect(config.files[0].filter).toEqual(
      expect.arrayContaining(['out/**', 'package.json', '!out/tsc-*/**']),
    );
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['node_modules/koffi/**', 'node_modules/sharp/**', 'node_modules/@img/**']),
    );
    for (const pattern of config.asarUnpack) {
      expect(existsSync(join(root, pattern.replace(/\/\*\*$/, ''))), pattern).toBe(true);
    }
    expect(config.npmRebuild).toBe(false);
  });

  it('ships native/build/lib and the icon as extra resources', async () => {
    const config = await loaded;
    expect(config.extraResources).toEqual([
      { from: 'native/build/lib', to: 'native', filter: ['**/*', '!CrAdapter/**'] },
      { from: 'build/icon.png', to: 'icon.png' },
    ]);
    // The libraries themselves appear after `npm run build:native`; the folder they are built under exists.
    expect(existsSync(join(root, 'native'))).toBe(true);
  });

  it("puts Sony's CrAdapter/ beside the executable, where Cr_Core loads it from", async () => {
    const config = await loaded;
    const adapters = { from: 'native/build/lib/CrAdapter', to: 'CrAdapter' };
    expect(config.linux.extraFiles).toEqual([adapters]);
    expect(config.win.extraFiles).toEqual([adapters]);
    // macOS: the bundle's Contents/Frameworks (extraFiles are relative to Contents/).
    expect(config.mac.extraFiles).toEqual([{ ...adapters, to: 'Frameworks/CrAdapter' }]);
  });

  it('has the icons it names: a 512 px app icon and the Linux size set', async () => {
    const config = await loaded;
    const icon = await sharp(join(root, config.icon)).metadata();
    expect([icon.format, icon.width, icon.height]).toEqual(['png', 512, 512]);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const meta = await sharp(join(root, config.linux.icon, `${size}x${size}.png`)).metadata();
      expect([meta.width, meta.height]).toEqual([size, size]);
    }
  });
});
