import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, folderGraph, type ImportGraph } from './import-graph';

const root = resolve(__dirname, '..', '..');
const graph = buildImportGraph(root, ['src']);
const isTestCode = (f: string) => /\.test\.tsx?$/.test(f) || /\/(testing|contract)\//.test(f);

/**
 * Which layers of `src/main` a layer's production code may import (tests and `testing/` helpers may also
 * reach the composition root's test harness). The same picture as docs/ARCHITECTURE.md and the
 * `no-restricted-imports` zones in eslint.config.js; entry files (`index.ts`, `serve.ts`) may import anything.
 */
const ALLOWED: Record<string, string[]> = {
  core: [],
  imaging: ['core'],
  camera: ['core', 'imaging'],
  settings: ['core'],
  session: ['core', 'settings', 'imaging'],
  studio: ['core', 'camera'],
  transfer: ['core', 'camera', 'studio', 'session'],
  review: ['core', 'session'],
  sequence: ['core', 'studio', 'session', 'review'],
  presets: ['core', 'studio'],
  'multi-camera': ['core', 'studio'],
  app: [
    'core',
    'camera',
    'settings',
    'session',
    'studio',
    'transfer',
    'review',
    'sequence',
    'presets',
    'multi-camera',
  ],
  server: ['core', 'app'],
  ipc: ['core', 'app'],
  electron: ['core', 'app', 'ipc', 'server'],
};

describe('the import graph', () => {
  it('finds cycles, type-only ones included (the checker itself can fail)', () => {
    const g: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts']],
      ['e.ts', ['a.ts']],
    ]);
    expect(findCycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
    expect(graph.get('src/main/app/studio.ts')).toContain('src/main/studio/camera-registry-api.ts');
  });

  it('has no import cycle anywhere in src/main (tests and type-only imports included)', () => {
    const main = new Map([...graph].filter(([f]) => f.startsWith('src/main/')));
    expect(findCycles(main)).toEqual([]);
  });

  it('keeps each layer of src/main to the layers below it', () => {
    const layers = folderGraph(graph, 'src/main/', (f) => !isTestCode(f));
    expect([...layers.keys()].sort()).toEqual(Object.keys(ALLOWED).sort());
    for (const [layer, imports] of layers) {
      const extra = imports.filter((l) => !ALLOWED[layer].includes(l));
      expect(extra, `${layer} imports ${extra.join(', ')}`).toEqual([]);
    }
    expect(findCycles(layers)).toEqual([]);
  });

  it('keeps shared free of main, renderer, preload and Node; the renderer free of main; preload on shared', () => {
    const outside = (prefix: string, allowed: string[]) =>
      [...graph]
        .filter(([f]) => f.startsWith(prefix))
        .flatMap(([f, targets]) =>
          targets.filter((t) => !allowed.some((a) => t.startsWith(a))).map((t) => `${f} → ${t}`),
        );
    expect(outside('src/shared/', ['src/shared/'])).toEqual([]);
    expect(outside('src/renderer/', ['src/renderer/', 'src/shared/', 'src/preload/bridge/'])).toEqual([]);
    expect(outside('src/preload/', ['src/preload/', 'src/shared/'])).toEqual([]);
  });
});
