import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NATIVE_BUILD_TIMEOUT_MS, ensureNativeLibrary } from './camera/crsdk/testing/native-harness';

// Sony's Cr_Core loads CrAdapter/ only from beside the running executable and answers 0x8703 without it. The
// stand-in applies the same rule under TETHER_STANDIN_ADAPTER_RULE=1, which lets this test prove, through the
// real command line, that `tether-studio serve` (what `npm run serve` runs) puts the adapters where Cr_Core
// looks in the default layout, and that without them the studio stays up and says why.

const root = fileURLToPath(new URL('../..', import.meta.url));
const children: ChildProcess[] = [];
const dirs: string[] = [];
let base = '';
let libDir = '';

beforeAll(async () => {
  const { location } = await ensureNativeLibrary();
  // A native build that carries adapters, as one against Sony's SDK does: the stand-in's files plus a
  // CrAdapter/ folder (the stand-in only checks that it is there).
  base = mkdtempSync(join(tmpdir(), 'tether-launch-'));
  libDir = join(base, 'lib');
  mkdirSync(join(libDir, 'CrAdapter'), { recursive: true });
  for (const name of readdirSync(location.dir)) symlinkSync(join(location.dir, name), join(libDir, name));
}, NATIVE_BUILD_TIMEOUT_MS);

afterEach(async () => {
  for (const c of children.splice(0)) await stop(c);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Stops a CLI started detached: SIGTERM to its process group (launcher and restarted node), bounded. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}

/** Starts `node <entry> serve --driver crsdk` and resolves with the URL it prints and what it logged. */
function startServe(entry: string): Promise<{ url: string; log: () => string }> {
  const data = mkdtempSync(join(tmpdir(), 'tether-launch-data-'));
  dirs.push(data);
  const child = spawn(
    process.execPath,
    [entry, 'serve', '--port', '0', '--driver', 'crsdk', '--data-dir', data],
    {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        TETHER_CRSDK_LIB_DIR: libDir,
        TETHER_STANDIN_ADAPTER_RULE: '1',
        TETHER_STANDIN_FIXTURES: join(realpathSync(libDir), 'standin-fixtures'),
        VITEST: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = /serving on (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve({ url: m[1], log: () => out });
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening:\n${out}`)));
  });
}

interface Status {
  driver: { kind: string; discovery?: { ok: boolean; message?: string; adapterDir?: string } };
}

describe('tether-studio serve with a build that carries CrAdapter/', () => {
  it('runs node from beside the adapters, so Cr_Core finds its transports and lists the camera', async () => {
    const { url, log } = await startServe('bin/tether-studio.cjs');
    expect(log()).toContain(`running ${join(dirname(libDir), 'host')}`);
    const status = (await (await fetch(`${url}/api/server/status`)).json()) as Status;
    expect(status.driver.kind).toBe('crsdk');
    expect(status.driver.discovery).toMatchObject({
      ok: true,
      adapterDir: join(dirname(libDir), 'host', 'CrAdapter'),
    });
    const cameras = (await (await fetch(`${url}/api/cameras`)).json()) as {
      success: boolean;
      cameras: unknown[];
    };
    expect(cameras).toMatchObject({ success: true });
    expect(cameras.cameras).toHaveLength(1);
  }, 90_000);

  it('without the launcher the adapters are missing: the studio stays up, says why, and keeps trying', async () => {
    const { url } = await startServe('bin/tether-studio.mjs');
    const status = (await (await fetch(`${url}/api/server/status`)).json()) as Status;
    expect(status.driver.kind).toBe('crsdk');
    const expected = join(dirname(realpathSync(process.execPath)), 'CrAdapter');
    expect(status.driver.discovery).toMatchObject({ ok: false, adapterDir: expected });
    expect(status.driver.discovery?.message).toContain('0x8703');
    const cameras = (await (await fetch(`${url}/api/cameras`)).json()) as {
      success: boolean;
      message: string;
    };
    expect(cameras.success).toBe(true);
    expect(cameras.message).toContain('camera discovery fails (retrying)');
  }, 90_000);
});
