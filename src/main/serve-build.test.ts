import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveBuildIsFresh } from '../../bin/serve-build.mjs';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A project root with the given files, each stamped with its modification time (seconds). */
function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'tether-serve-build-'));
  roots.push(root);
  for (const [path, at] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), at, at);
  }
  return root;
}

describe('serveBuildIsFresh (which serve the CLI runs)', () => {
  it('is false without a build', () => {
    expect(serveBuildIsFresh(project({ 'src/main/serve.ts': 100 }))).toBe(false);
  });

  it('is true when the build is as new as every source', () => {
    const root = project({
      'src/main/serve.ts': 100,
      'src/main/deep/er/module.ts': 150,
      'src/shared/types.ts': 120,
      'package.json': 90,
      'out/main/serve.js': 200,
    });
    expect(serveBuildIsFresh(root)).toBe(true);
  });

  it('is false once any source below src/main or src/shared, or the build config, is newer', () => {
    for (const newer of ['src/main/deep/er/module.ts', 'src/shared/types.ts', 'electron.vite.config.ts']) {
      const root = project({
        'src/main/serve.ts': 100,
        'src/main/deep/er/module.ts': 100,
        'src/shared/types.ts': 100,
        'electron.vite.config.ts': 100,
        'out/main/serve.js': 200,
        [newer]: 300,
      });
      expect(serveBuildIsFresh(root), newer).toBe(false);
    }
  });
});
