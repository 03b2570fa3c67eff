import { describe, expect, it } from 'vitest';
import { ensureThreadpoolSize, THREADPOOL_SIZE } from './threadpool';

describe('Electron entry thread pool size', () => {
  it('asks for 8 workers unless the environment already says (empty counts as unset)', () => {
    expect(THREADPOOL_SIZE).toBe('8');
    const unset: NodeJS.ProcessEnv = {};
    expect(ensureThreadpoolSize(unset)).toBe('8');
    expect(unset.UV_THREADPOOL_SIZE).toBe('8');
    expect(ensureThreadpoolSize({ UV_THREADPOOL_SIZE: '' })).toBe('8');
    const explicit: NodeJS.ProcessEnv = { UV_THREADPOOL_SIZE: '16' };
    expect(ensureThreadpoolSize(explicit)).toBe('16');
    expect(explicit.UV_THREADPOOL_SIZE).toBe('16');
  });

  it('is the first module the Electron entry imports', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../index.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import\s.*?['"]([^'"]+)['"];?$/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('./electron/threadpool');
  });
});
