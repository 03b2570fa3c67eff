import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { TransferJob } from '../../shared/transfer-types';

/** What a later start did first with a job: an attempt from an offset, or completing it without one. */
export interface JobEvent {
  kind: 'start' | 'completed';
  bytes: number;
  /** The `.part` the attempt writes, or (completed) the `.part` that was already the final file. */
  part?: string;
}

/** Per studio start (generation), each job's events in order; and which job wrote each `.part`. */
export interface RunLog {
  gens: Map<string, JobEvent[]>[];
  partOwners: Map<string, string>;
}

/** How the `.part` files the kills left were picked up again. */
export interface ResumeCounts {
  /** `.part` files with bytes found after the kills (each counted once). */
  interruptedPulls: number;
  /** Resumed from exactly the offset on disk. */
  resumedFromOffset: number;
  /** Killed between the commit's link and its unlink: the `.part` already was the final file, adopted at start. */
  completedAtStart: number;
  /** Anything else: started again from another offset (0), or never picked up again. */
  restartedFromZero: string[];
}

const START = / (tr_[0-9a-f]+) \(.*\) run \d+ starts at (\d+) bytes into (.+\.part)$/;
const COMPLETED =
  / (tr_[0-9a-f]+) \(.*\) completed at start \((\d+) bytes, (?:adopt|complete)\) from (.+\.part)$/;

/** Reads the studio's log lines (oldest first) into per-start job events. */
export function parseRunLog(lines: Iterable<string>): RunLog {
  const gens: Map<string, JobEvent[]>[] = [];
  const partOwners = new Map<string, string>();
  for (const line of lines) {
    if (/ studio: starting /.test(line)) gens.push(new Map());
    const g = gens.at(-1);
    const started = START.exec(line);
    const completed = started ? null : COMPLETED.exec(line);
    const m = started ?? completed;
    if (!m || !g) continue;
    g.set(m[1], [
      ...(g.get(m[1]) ?? []),
      { kind: started ? 'start' : 'completed', bytes: Number(m[2]), part: m[3] },
    ]);
    if (started) partOwners.set(m[3], m[1]);
  }
  return { gens, partOwners };
}

/**
 * Every transfer event per studio start, read from the studio's log files (the history of finished jobs is
 * not durable at a kill; a log line is: the file is appended synchronously).
 */
export async function readRunLog(logDir: string): Promise<RunLog> {
  const names = (await readdir(logDir)).filter((n) => n.startsWith('tether-studio.log'));
  // Oldest first: `.N` (highest first), then the live file.
  names.sort((a, b) => (Number(b.split('.log.')[1] ?? 0) || 0) - (Number(a.split('.log.')[1] ?? 0) || 0));
  const lines: string[] = [];
  for (const name of names) lines.push(...(await readFile(join(logDir, name), 'utf8')).split('\n'));
  return parseRunLog(lines);
}

/**
 * For every `.part` a kill left (size s, after kill k), what the first later start that touched its job did
 * first: an attempt beginning at exactly s (resumed), or — only when the `.part` was that job's final file
 * already (a commit cut between link and unlink) — completing it at start from that very `.part` with exactly
 * s bytes. Anything else (an attempt from another offset, or nothing) is reported. Kill k is followed by start
 * k+1.
 */
export function checkResumes(
  cutsAt: Map<string, number>[],
  jobs: TransferJob[],
  { gens, partOwners }: RunLog,
): ResumeCounts {
  const out: ResumeCounts = {
    interruptedPulls: 0,
    resumedFromOffset: 0,
    completedAtStart: 0,
    restartedFromZero: [],
  };
  const idOf = new Map(jobs.filter((j) => j.targetPath).map((j) => [`${j.targetPath}.part`, j.id]));
  const seen = new Set<string>();
  cutsAt.forEach((cuts, k) => {
    for (const [part, size] of cuts) {
      const id = idOf.get(part) ?? partOwners.get(part);
      const key = `${part}:${size}`;
      if (seen.has(key)) continue; // the same cut seen again at the next kill (its job had not run yet)
      seen.add(key);
      out.interruptedPulls++;
      const first =
        id === undefined
          ? undefined
          : gens
              .slice(k + 1)
              .find((g) => g.has(id))
              ?.get(id)?.[0];
      if (first?.kind === 'start' && first.bytes === size) out.resumedFromOffset++;
      else if (first?.kind === 'completed' && first.bytes === size && first.part === part)
        out.completedAtStart++;
      else
        out.restartedFromZero.push(
          `${basename(part)}: ${size} bytes kept, next run ${
            first === undefined
              ? 'started at never'
              : first.kind === 'start'
                ? `started at ${first.bytes}`
                : `completed at start with ${first.bytes} bytes from ${first.part ? basename(first.part) : 'no .part'}`
          }`,
        );
    }
  });
  return out;
}
