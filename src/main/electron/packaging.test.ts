import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { nativeLibraryDirs } from '../camera/crsdk/library-path';

// Loads build/electron-builder.yml exactly as `electron-builder --config build/electron-builder.yml` does
// (YAML + its `extends` hook, then electron-builder's schema validation), and matches paths with the same
// minimatch electron-builder uses, without packaging anything.
const root = resolve(__dirname, '..', '..', '..');
const requireFromBuilder = createRequire(
  createRequire(join(root, 'package.json')).resolve('electron-builder'),
);
const requireFromLib = createRequire(requireFromBuilder.resolve('app-builder-lib'));
const { Minimatch } = requireFromLib('minimatch') as {
  Minimatch: new (pattern: string, options: { dot: boolean }) => { match(path: string): boolean };
};
/** The parts of the merged configuration these tests read. */
interface BuilderConfig {
  electronDist?: string;
  icon: string;
  files: { filter: string[] }[];
  asarUnpack: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
  linux: { icon: string; extraFiles: unknown[] };
  mac: { extraFiles: unknown[] };
  win: { extraFiles: unknown[] };
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
const matcher = (patterns: string[]) => {
  const compiled = patterns.filter((p) => !p.startsWith('!')).map((p) => new Minimatch(p, { dot: true }));
  const excluded = patterns
    .filter((p) => p.startsWith('!'))
    .map((p) => new Minimatch(p.slice(1), { dot: true }));
  return (path: string) => compiled.some((m) => m.match(path)) && !excluded.some((m) => m.match(path));
};

/** Native binaries (Node addons, shared libraries) inside the installed production packages. */
function nativeBinaries(): string[] {
  const lock = createRequire(join(root, 'package.json'))('./package-lock.json') as {
    packages: Record<string, { dev?: boolean }>;
  };
  const found: string[] = [];
  const scan = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules') continue;
      if (statSync(path).isDirectory()) {
        if (depth < 5) scan(path, depth + 1);
      } else if (/\.(node|dll|dylib)$|\.so(\.\d+)*$/.test(name))
        found.push(relative(root, path).split('\\').join('/'));
    }
  };
  for (const [pkg, info] of Object.entries(lock.packages)) {
    if (!pkg.startsWith('node_modules/') || info.dev || !existsSync(join(root, pkg))) continue;
    scan(join(root, pkg), 0);
  }
  return found;
}

describe('build/electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await loaded;
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('takes the Electron distribution from ELECTRON_DIST so it can package offline', async () => {
    expect((await loaded).electronDist).toBe(fakeDist);
    expect(distHook.electronDistFor({ ELECTRON_DIST: '/opt/electron-v45' })).toBe('/opt/electron-v45');
    const local = join(root, 'node_modules', 'electron', 'dist');
    expect(distHook.electronDistFor({})).toBe(existsSync(join(local, 'version')) ? local : undefined);
  });

  it('unpacks every native binary of the runtime dependencies from the asar (they cannot load from inside it)', async () => {
    const unpacked = matcher((await loaded).asarUnpack);
    const binaries = nativeBinaries();
    // koffi's addon lives in its platform package (@koromix/koffi-<os>-<arch>), sharp's in @img/sharp-*.
    expect(binaries.some((b) => b.includes('/koffi.node'))).toBe(true);
    expect(binaries.some((b) => b.startsWith('node_modules/@img/'))).toBe(true);
    expect(binaries.filter((b) => !unpacked(b))).toEqual([]);
  });

  it('packages the entry package.json names (the thread-pool bootstrap) and the bundle it loads', async () => {
    const config = await loaded;
    const packaged = matcher(config.files[0].filter);
    const { main } = createRequire(join(root, 'package.json'))('./package.json') as { main: string };
    const entry = main.replace(/^\.\//, '');
    expect(packaged(entry), entry).toBe(true);
    expect(packaged('out/main/index.js')).toBe(true);
    expect(packaged('out/preload/index.cjs')).toBe(true);
    expect(packaged('out/renderer/index.html')).toBe(true);
    expect(packaged('out/tsc-node/src/main/index.d.ts')).toBe(false);
  });

  it('ships the CRSDK bridge where the packaged driver looks for it (<resources>/native)', async () => {
    const config = await loaded;
    const native = config.extraResources.find((r) => r.from === 'native/build/lib');
    expect(native).toBeDefined();
    const proc = process as NodeJS.Process & { resourcesPath?: string };
    const before = proc.resourcesPath;
    proc.resourcesPath = '/opt/Tether Studio/resources';
    try {
      expect(nativeLibraryDirs({})[0]).toBe(join(proc.resourcesPath, native!.to));
    } finally {
      proc.resourcesPath = before;
    }
    // Sony's CrAdapter/ is not a resource: it goes beside the executable (next test).
    expect(native!.filter).toEqual(['**/*', '!CrAdapter/**']);
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
