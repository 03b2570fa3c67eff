import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confinedRealPath, isInside, isPlatformAbsolute, requirePlatformAbsolute } from './path-guard';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-guard-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('path guard', () => {
  it('accepts only paths absolute on the platform (issue 12 item 6)', () => {
    for (const p of ['/home/me/Shoots', '/'] as const) expect(isPlatformAbsolute(p, 'linux'), p).toBe(true);
    for (const p of ['C:\\Shoots', 'C:/Shoots', '\\\\host\\share\\x', 'Shoots', './x', '', 'a\u0000b'])
      expect(isPlatformAbsolute(p, 'linux'), p).toBe(false);
    for (const p of ['C:\\Shoots', 'd:/x', '\\\\host\\share\\Shoots', '//host/share'])
      expect(isPlatformAbsolute(p, 'win32'), p).toBe(true);
    for (const p of ['\\Shoots', '/Shoots', 'C:Shoots', 'Shoots', '\\\\?\\C:\\x', '\\\\.\\PhysicalDrive0'])
      expect(isPlatformAbsolute(p, 'win32'), p).toBe(false);
    expect(() => requirePlatformAbsolute('C:\\Shoots', 'The session folder')).toThrow(
      process.platform === 'win32' ? /never/ : /must be an absolute path on this computer/,
    );
  });

  it('keeps a path inside its folder, following symbolic links', async () => {
    await mkdir(join(dir, 'session'));
    await writeFile(join(dir, 'session', 'a.jpg'), 'a');
    await writeFile(join(dir, 'secret'), 's');
    await symlink(join(dir, 'secret'), join(dir, 'session', 'link.jpg'));
    const root = join(dir, 'session');
    expect(await confinedRealPath(root, join(root, 'a.jpg'))).toBe(join(root, 'a.jpg'));
    expect(isInside(root, join(root, '..', 'secret'))).toBe(false);
    await expect(confinedRealPath(root, join(root, '..', 'secret'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(confinedRealPath(root, join(root, 'link.jpg'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(confinedRealPath(root, join(root, 'gone.jpg'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
