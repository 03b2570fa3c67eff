import { copyFile, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir } from '../core/file-commit';
import { fileStamp, JsonFile, type CorruptFileReport } from '../core/json-file';
import {
  journalRecordSchema,
  SESSION_META_FILE,
  sessionJournalFile,
  sessionMetaSchema,
  type JournalRecord,
  type SessionMeta,
} from './session-schemas';

/** The journal is folded into the snapshot once it holds this many records and at least as many as shots. */
export const COMPACT_MIN_RECORDS = 512;

/** What a session's files hold: the snapshot (null when absent or corrupt) and the records since. */
export interface JournalContents {
  snapshot: SessionMeta | null;
  records: JournalRecord[];
  /** Corrupt files found (moved or copied aside); the caller reports them. */
  corrupt: CorruptFileReport[];
}

const isEnoent = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'ENOENT';

/**
 * A session's metadata on disk: a snapshot (`.tether-session.json`, rewritten whole only at compaction) and
 * an append-only journal of what happened since (`.tether-session.journal.<n>`, one JSON record per line).
 * A committed shot costs one appended line and an fdatasync, whatever the session's size; when
 * {@link append} resolves with `durable`, the record survives a crash or a kill.
 *
 * Compaction (when the journal has grown as long as the session, so its cost is amortised to O(1) per
 * shot) switches appends to journal n+1, writes the snapshot of everything before (atomically, naming n+1
 * as the first journal to replay), syncs the folder, then deletes the older journals. A crash at any point
 * leaves a snapshot plus journals that replay to the same state (replay skips shot ids it has seen).
 */
export class SessionJournal {
  private readonly snapshotFile: JsonFile<typeof sessionMetaSchema>;
  private gen = 0;
  private firstGen = 0;
  private records = 0;
  /** Bytes in the current journal file. */
  private size = 0;
  private unsyncedDir = false;
  private chain: Promise<unknown> = Promise.resolve();
  private compacting: Promise<void> | null = null;

  constructor(readonly folder: string) {
    this.snapshotFile = new JsonFile(join(folder, SESSION_META_FILE), sessionMetaSchema);
  }

  private journalPath(n: number): string {
    return join(this.folder, sessionJournalFile(n));
  }

  /**
   * Reads the snapshot and replays the journals from the one it names. A torn last line (a write cut short
   * by a crash, never acknowledged) is cut off; a bad line elsewhere is skipped and the journal copied
   * aside and reported.
   */
  async load(): Promise<JournalContents> {
    const corrupt: CorruptFileReport[] = [];
    const { value, corrupt: bad } = await this.snapshotFile.load();
    if (bad) corrupt.push(bad);
    this.firstGen = this.gen = value?.journal ?? 0;
    const records: JournalRecord[] = [];
    for (let n = this.firstGen; ; n++) {
      let text: string;
      try {
        text = await readFile(this.journalPath(n), 'utf8');
      } catch (err) {
        if (isEnoent(err)) break;
        throw err;
      }
      this.gen = n;
      const { good, goodBytes, badLines } = parseJournal(text);
      records.push(...good);
      this.records += good.length;
      this.size = goodBytes;
      if (goodBytes < Buffer.byteLength(text)) {
        // Cut a torn tail so the next append starts on a line of its own.
        const fh = await open(this.journalPath(n), 'r+');
        await fh.truncate(goodBytes).finally(() => fh.close());
      }
      if (badLines.length > 0) corrupt.push(await this.setAside(n, badLines));
    }
    return { snapshot: value, records, corrupt };
  }

  private async setAside(n: number, badLines: number[]): Promise<CorruptFileReport> {
    const file = this.journalPath(n);
    const movedTo = `${file}.corrupt-${fileStamp()}`;
    await copyFile(file, movedTo);
    return { file, movedTo, reason: `unreadable journal line(s) ${badLines.join(', ')}`, at: Date.now() };
  }

  /** Writes the first snapshot of a new session (nothing to replay yet). */
  async create(meta: SessionMeta): Promise<void> {
    await this.snapshotFile.save({ ...meta, journal: this.gen });
  }

  /**
   * Appends one record. `durable`: resolves once it is on disk (fdatasync); otherwise it rides along with
   * the next durable record. Appends are written in call order.
   */
  append(record: JournalRecord, durable: boolean): Promise<void> {
    const line = `${JSON.stringify(journalRecordSchema.parse(record))}\n`;
    return this.serial(async () => {
      // Opened per record (a few µs against the fdatasync): no descriptor stays open between shots.
      const fh = await open(this.journalPath(this.gen), 'a');
      try {
        const bytes = Buffer.from(line);
        const start = this.size;
        try {
          for (let off = 0; off < bytes.length;)
            off += (await fh.write(bytes, off, bytes.length - off)).bytesWritten;
        } catch (err) {
          // No half line may stay behind to corrupt the records after it.
          await fh.truncate(start).catch(() => undefined);
          throw err;
        }
        this.size += bytes.length;
        this.records++;
        if (start === 0) this.unsyncedDir = true;
        if (durable) {
          await fh.datasync();
          if (this.unsyncedDir) {
            // A journal file created since the last sync: its directory entry must be durable too.
            await fsyncDir(this.folder);
            this.unsyncedDir = false;
          }
        }
      } finally {
        await fh.close();
      }
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** True when records were appended (or replayed) since the snapshot. */
  hasRecords(): boolean {
    return this.records > 0;
  }

  /** True when the journal has grown enough that folding it into the snapshot pays off. */
  wantsCompaction(shotCount: number): boolean {
    // A shot costs two records (counter, shot): this folds when the session has grown by half since.
    return !this.compacting && this.records >= Math.max(COMPACT_MIN_RECORDS, shotCount);
  }

  /**
   * Folds the journal into a new snapshot of `meta` (taken now, in append order) and starts the next
   * journal. Runs alongside new appends; `flush()` waits for it.
   */
  compact(meta: SessionMeta): Promise<void> {
    if (this.compacting) return this.compacting;
    const work = this.serial(async () => {
      const from = this.firstGen;
      const upTo = this.gen;
      this.gen = upTo + 1;
      this.records = 0;
      this.size = 0;
      return { from, upTo, snapshot: { ...meta, shots: meta.shots.slice(), journal: upTo + 1 } };
    }).then(async ({ from, upTo, snapshot }) => {
      await this.snapshotFile.save(snapshot);
      await fsyncDir(this.folder);
      for (let n = from; n <= upTo; n++) await rm(this.journalPath(n), { force: true });
      this.firstGen = upTo + 1;
    });
    this.compacting = work.finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  /**
   * What the files look like now, for the sessions index: the index's summary of a session is trusted at
   * start only while this still matches (otherwise the session is read in full).
   */
  async stamp(): Promise<string> {
    return stampOf(this.folder, this.gen);
  }

  /** Waits for queued appends and a running compaction. */
  async flush(): Promise<void> {
    await this.serial(async () => undefined);
    while (this.compacting) await this.compacting;
    await this.snapshotFile.flush();
  }
}

/** The stamp of a session folder whose current journal is `gen` (see {@link SessionJournal.stamp}). */
export async function stampOf(folder: string, gen: number): Promise<string> {
  const size = (p: string) =>
    stat(p).then(
      (s) => `${s.size}@${Math.round(s.mtimeMs)}`,
      (err: unknown) => {
        if (isEnoent(err)) return '-';
        throw err;
      },
    );
  const [snap, journal, next] = await Promise.all([
    size(join(folder, SESSION_META_FILE)),
    size(join(folder, sessionJournalFile(gen))),
    size(join(folder, sessionJournalFile(gen + 1))),
  ]);
  return `${gen}|${snap}|${journal}|${next}`;
}

/** Parses journal text: valid records, bytes up to the end of the last good line, and bad line numbers. */
export function parseJournal(text: string): { good: JournalRecord[]; goodBytes: number; badLines: number[] } {
  const good: JournalRecord[] = [];
  const badLines: number[] = [];
  let bytes = 0;
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) break; // torn tail: never acknowledged
    lineNo++;
    const line = text.slice(start, end);
    start = end + 1;
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    let ok = false;
    try {
      const parsed = journalRecordSchema.safeParse(JSON.parse(line));
      if (parsed.success) {
        good.push(parsed.data);
        ok = true;
      }
    } catch {
      // not JSON
    }
    if (!ok) badLines.push(lineNo);
  }
  return { good, goodBytes: bytes, badLines };
}
