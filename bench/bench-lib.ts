/** Small helpers shared by the benchmarks (not a benchmark itself: `run.mjs` skips `*-lib.ts`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Bytes per second as MB/s (10^6). */
export function mbps(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** A number with fixed decimals. */
export function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

/** An integer environment setting with a default. */
export function envInt(name: string, fallback: number): number {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Runs the GC when Node was started with --expose-gc. */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Samples RSS on a timer; `stop()` returns the peak seen. */
export function rssSampler(intervalMs = 20): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

/** Writes a bench's figures to bench/results/<name>.json (ignored by git and lint). */
export function writeResult(name: string, data: unknown): void {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${name}.json`),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...(data as object) }, null, 2)}\n`,
  );
}

/** `npm run bench -- <name> --full` (BENCH_FULL=1): the full sizes instead of the quick defaults. */
export const FULL = process.env.BENCH_FULL === '1';

/** A size setting: the environment's value, else the full size under `--full`, else the quick default. */
export function sized(name: string, quick: number, full: number): number {
  return envInt(name, FULL ? full : quick);
}

/** How many times each measurement is repeated (median and spread are reported): BENCH_RUNS, default 3. */
export const RUNS = envInt('BENCH_RUNS', 3);

/** Nearest-rank percentile of a list (0..100); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Largest value of a list without spreading it into arguments (a huge list overflows the stack). */
export function maxOf(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** One figure over several runs: the median stands for it, min–max say how far one run may stray. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** Median and spread of the runs of one figure. */
export function spread(runs: readonly number[]): Spread {
  const finite = runs.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: [...runs] };
  let min = Number.POSITIVE_INFINITY;
  for (const v of finite) if (v < min) min = v;
  return { median: median(finite), min, max: maxOf(finite), runs: [...runs] };
}

/** `12.3 (11.0–14.1, n=3)`: the median of the runs and their range; a single run prints alone. */
export function fmtSpread(s: Spread | readonly number[], digits = 1, unit = ''): string {
  const v = Array.isArray(s) ? spread(s as number[]) : (s as Spread);
  const u = unit ? ` ${unit}` : '';
  if (v.runs.length <= 1) return `${fmt(v.median, digits)}${u}`;
  return `${fmt(v.median, digits)}${u} (${fmt(v.min, digits)}–${fmt(v.max, digits)}, n=${v.runs.length})`;
}

/** Runs `fn` `n` times one after another (never in parallel: runs must not disturb each other). */
export async function repeat<T>(n: number, fn: (run: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

/** Median and spread of one numeric field across the results of several runs. */
export function field<T>(results: readonly T[], pick: (r: T) => number): Spread {
  return spread(results.map(pick));
}

/** One goal of a benchmark: what it asks, what was measured, the same-run baseline, and the verdict. */
export interface GoalRow {
  goal: string;
  figure: string;
  baseline: string;
  /** null: nothing to judge (a reference figure), or the goal could not be measured here. */
  met: boolean | null;
}

/** Prints a bench's goals as a table (goal | figure | same-run baseline | verdict); returns the rows. */
export function printGoals(title: string, rows: GoalRow[]): GoalRow[] {
  const verdict = (m: boolean | null) => (m === null ? '—' : m ? 'PASS' : 'MISS');
  console.log(`\n${title}`);
  console.log('| goal | figure (median, min–max over runs) | same-run baseline | verdict |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.goal} | ${r.figure} | ${r.baseline} | ${verdict(r.met)} |`);
  return rows;
}

/** Process CPU (user + system, all threads) in ms since `since`. */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
