/**
 * The import graph of the TypeScript sources, built with the compiler's own pre-processor (every `import`,
 * `export … from`, `import type`, dynamic `import()` and `vi.mock`-free module reference counts, type-only
 * ones included), and the cycles in it (Tarjan's strongly connected components).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** File (relative to the root, `/`-separated) → the files it imports. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx)$/;

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Builds the graph of every `.ts`/`.tsx` file under `dirs` (imports leaving `dirs` are kept as edges too). */
export function buildImportGraph(root: string, dirs: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  for (const file of dirs.flatMap((d) => walk(join(root, d), []))) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => resolveImport(file, f.fileName))
      .filter((t): t is string => t !== null)
      .map(rel);
    graph.set(rel(file), [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle of the graph, each as the files of one strongly connected component (self-imports included). */
export function findCycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) !== indices.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return cycles;
}

/** Collapses a file graph to its folders at `depth` below `prefix` (e.g. `src/main/<layer>`), dropping self-edges. */
export function folderGraph(
  graph: ImportGraph,
  prefix: string,
  keep: (file: string) => boolean,
): ImportGraph {
  const folder = (f: string) => (f.startsWith(prefix) ? f.slice(prefix.length).split('/')[0] : null);
  const out: ImportGraph = new Map();
  for (const [file, targets] of graph) {
    const from = folder(file);
    if (!from || !keep(file)) continue;
    const edges = new Set(out.get(from) ?? []);
    for (const t of targets) {
      const to = folder(t);
      if (to && to !== from && !to.includes('.')) edges.add(to);
    }
    if (!from.includes('.')) out.set(from, [...edges]);
  }
  return out;
}
