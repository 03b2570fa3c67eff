import { open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorruptionReporter } from '../core/corruption-reporter';
import { fileStamp, writeFileAtomic } from '../core/json-file';
import { ioError } from '../core/fs-errors';
import { journalLineSchema, type JournalLine, type JournalRecord } from './journal-record';

function parseLine(row: string): JournalLine | null {
  try {
    const parsed = journalLineSchema.safeParse(JSON.parse(row));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** File name of the journal in the data folder. */
export const JOURNAL_FILE = 'transfers.journal';

/**
 * The transfer queue's journal: every job that is not finished (queued, running, paused, or failed with a
 * `.part` kept for a retry), so a crash or `kill -9` loses no job. An append-only file of JSON lines — a
 * job written whole (`put`) or gone (`del`) — replayed at start; a torn last line (the process died
 * mid-append) is dropped, any other bad line makes the file corrupt: it is moved aside and reported, and what
 * parsed is kept. Compacted (rewritten atomically with only the live jobs) at load and as it grows.
 * Appends are serialised; {@link put} with `sync` returns once the line is on disk (fsync), which is what a
 * caller acknowledges a pull on.
 */
export class TransferJournal {
  readonly path: string;
  private readonly live = new Map<string, JournalRecord>();
  private fh: FileHandle | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private lines = 0;
  private closed = false;

  constructor(
    dataDir: string,
    private readonly reporter: CorruptionReporter,
  ) {
    this.path = join(dataDir, JOURNAL_FILE);
  }

  /** Replays the journal; returns the live records (oldest first) and compacts the file. */
  async load(): Promise<JournalRecord[]> {
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError(err, this.path, 'Cannot read');
    }
    const complete = text === '' || text.endsWith('\n');
    const rows = text.split('\n');
    if (rows.at(-1) === '') rows.pop();
    let bad: string | null = null;
    rows.forEach((row, i) => {
      const line = parseLine(row);
      if (line && 'put' in line) this.live.set(line.put.job.id, line.put);
      else if (line) this.live.delete(line.del);
      // A last line without its newline is a torn append (killed mid-write): expected, dropped.
      else if (i < rows.length - 1 || complete) bad ??= `line ${i + 1} is not a journal entry`;
    });
    if (bad) {
      const movedTo = `${this.path}.corrupt-${fileStamp()}`;
      await rename(this.path, movedTo).catch(() => undefined);
      this.reporter.report({ file: this.path, movedTo, reason: bad, at: Date.now() });
    }
    await this.compact();
    return [...this.live.values()].map((r) => structuredClone(r));
  }

  /** Records (or replaces) jobs. With `sync`, resolves once they are on disk. */
  put(records: JournalRecord[], sync = false): Promise<void> {
    for (const r of records) this.live.set(r.job.id, structuredClone(r));
    return this.append(
      records.map((r) => ({ put: r })),
      sync,
    );
  }

  /** Forgets a job (done, cancelled, or no longer retryable). */
  remove(jobId: string): Promise<void> {
    if (!this.live.delete(jobId)) return Promise.resolve();
    return this.append([{ del: jobId }], false);
  }

  /** Number of live records. */
  get size(): number {
    return this.live.size;
  }

  /** Waits for every write so far. */
  async flush(): Promise<void> {
    await this.chain;
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    this.closed = true;
    await this.serial(async () => {
      await this.fh?.close();
      this.fh = null;
    });
  }

  private append(lines: object[], sync: boolean): Promise<void> {
    const data = lines.map((l) => `${JSON.stringify(l)}\n`).join('');
    return this.serial(async () => {
      if (this.closed) return;
      if (!this.fh) this.fh = await open(this.path, 'a');
      await this.fh.write(data);
      if (sync) await this.fh.sync();
      this.lines += lines.length;
      if (this.lines > Math.max(2000, this.live.size * 4)) await this.compactNow();
    }).catch((err: unknown) => {
      throw ioError(err, this.path, 'Cannot write the transfer journal');
    });
  }

  private compact(): Promise<void> {
    return this.serial(() => this.compactNow());
  }

  /** Rewrites the file with only the live jobs (atomically: `.part`, fsync, rename). */
  private async compactNow(): Promise<void> {
    await this.fh?.close();
    this.fh = null;
    const data = [...this.live.values()].map((r) => `${JSON.stringify({ put: r })}\n`).join('');
    await writeFileAtomic(this.path, data);
    this.lines = this.live.size;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
