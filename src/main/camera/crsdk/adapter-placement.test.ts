import { mkdirSync, mkdtempSync, readlinkSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  adapterDirFor,
  adapterSource,
  hostDirFor,
  linkBesideDevExecutable,
  prepareHost,
} from '../../../../native/crsdk-host.cjs';
import { planRelaunch, requestedDriver } from '../../../../bin/crsdk-relaunch.cjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'tether-adapters-')));
  dirs.push(d);
  return d;
}
/** A native build folder with a bridge library and, optionally, CrAdapter/. */
function nativeBuild(withAdapters: boolean): string {
  const lib = join(temp(), 'native', 'build', 'lib');
  mkdirSync(join(lib, withAdapters ? 'CrAdapter' : '.'), { recursive: true });
  writeFileSync(join(lib, 'libtether_crsdk.so'), '');
  return lib;
}

describe('where Cr_Core looks for CrAdapter/', () => {
  it('is the folder of the executable on Linux and Windows, the bundle’s Frameworks on macOS', () => {
    expect(adapterDirFor('/opt/Tether Studio/tether-studio', 'linux')).toBe('/opt/Tether Studio/CrAdapter');
    expect(adapterDirFor('/Applications/T.app/Contents/MacOS/T', 'darwin')).toBe(
      '/Applications/T.app/Contents/Frameworks/CrAdapter',
    );
    expect(adapterDirFor('/usr/local/bin/node', 'darwin')).toBe(
      '/usr/local/bin/Contents/Frameworks/CrAdapter',
    );
  });

  it('links the build’s adapters beside an Electron binary in node_modules, never outside such a tree', () => {
    const lib = nativeBuild(true);
    const tree = temp();
    const electron = join(tree, 'node_modules', 'electron', 'dist', 'electron');
    mkdirSync(join(tree, 'node_modules', 'electron', 'dist'), { recursive: true });
    writeFileSync(electron, '');
    const placed = linkBesideDevExecutable(electron, adapterSource(lib), 'linux');
    expect(placed).toEqual({
      adapterDir: join(tree, 'node_modules', 'electron', 'dist', 'CrAdapter'),
      present: true,
    });
    expect(readlinkSync(placed.adapterDir)).toBe(join(lib, 'CrAdapter'));
    const system = join(temp(), 'bin', 'node');
    mkdirSync(join(system, '..'), { recursive: true });
    writeFileSync(system, '');
    expect(linkBesideDevExecutable(system, adapterSource(lib), 'linux').present).toBe(false);
  });

  it('prepares a host node beside a CrAdapter link, reusing it while the node binary is unchanged', () => {
    const lib = nativeBuild(true);
    const exe = join(temp(), 'node');
    writeFileSync(exe, 'not really node', { mode: 0o755 });
    const host = prepareHost(hostDirFor(lib), exe, join(lib, 'CrAdapter'));
    expect(host).toBe(join(lib, '..', 'host', 'node'));
    expect(readlinkSync(join(hostDirFor(lib), 'CrAdapter'))).toBe(join(lib, 'CrAdapter'));
    const first = statSync(host);
    expect(prepareHost(hostDirFor(lib), exe, join(lib, 'CrAdapter'))).toBe(host);
    expect(statSync(host).ino).toBe(first.ino);
  });
});

describe('the serve launcher', () => {
  const env = (lib: string) => ({ TETHER_CRSDK_LIB_DIR: lib });
  it('restarts serve under the host node only when the build carries adapters Cr_Core cannot see', () => {
    const withAdapters = nativeBuild(true);
    const plan = planRelaunch({
      args: ['serve'],
      env: env(withAdapters),
      execPath: process.execPath,
      root: '/nowhere',
    });
    expect(plan).toMatchObject({ libDir: withAdapters, source: join(withAdapters, 'CrAdapter') });
    const args = (a: string[]) =>
      planRelaunch({ args: a, env: env(withAdapters), execPath: process.execPath, root: '/x' });
    expect(args(['serve', '--driver', 'sim'])).toBeNull();
    expect(args(['serve', '--driver=sim'])).toBeNull();
    expect(args(['--help'])).toBeNull();
    expect(
      planRelaunch({
        args: ['serve'],
        env: { ...env(withAdapters), TETHER_CRSDK_HOST: '1' },
        execPath: process.execPath,
        root: '/x',
      }),
    ).toBeNull();
    expect(
      planRelaunch({ args: ['serve'], env: env(nativeBuild(false)), execPath: process.execPath, root: '/x' }),
    ).toBeNull();
    expect(requestedDriver(['--port', '1', '--driver', 'crsdk'])).toBe('crsdk');
    expect(requestedDriver([])).toBe('auto');
  });
});
