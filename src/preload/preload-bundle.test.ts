import { resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

// Builds the preload exactly as `electron-vite build` does (same config file), in memory, and checks it can
// run sandboxed: one CommonJS file whose only `require` is 'electron' (no ESM syntax, no other modules).
const root = resolve(__dirname, '..', '..');

async function buildPreload(): Promise<Rolldown.OutputChunk[]> {
  const resolved = await resolveConfig(
    { configFile: resolve(root, 'electron.vite.config.ts'), root, logLevel: 'silent' },
    'build',
    'production',
  );
  const preload = resolved.config?.preload;
  if (!preload) throw new Error('electron.vite.config.ts has no preload section');
  const output = await build({ ...preload, logLevel: 'silent', build: { ...preload.build, write: false } });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output.filter((c): c is Rolldown.OutputChunk => c.type === 'chunk'));
}

describe('sandboxed preload bundle', () => {
  it('is one self-contained CommonJS file that requires only electron', async () => {
    const chunks = await buildPreload();
    expect(chunks.map((c) => c.fileName)).toEqual(['index.cjs']);
    const code = chunks[0].code;
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\(/);
    // The contract it bundles (zod schemas, channel names) is really inside.
    expect(code).toContain('tether:frames:ack');
    expect(code).toContain('exposeInMainWorld');
  }, 60_000);
});
