import type { SessionInfo, ShotInfo } from '../../shared/studio-types';
import type { CorruptFileReport } from '../core/json-file';
import type { Logger } from '../core/logger';
import { NameAllocator } from './name-allocator';
import { parseTemplate } from './naming-template';
import { SessionJournal } from './session-journal';
import { confineShots } from './shot-confinement';
import type { JournalRecord, SessionEntry, SessionMeta, SessionSummary } from './session-schemas';

/** What opening a session needs. */
export interface OpenSessionOptions {
  /** Template of a session that has no metadata yet. */
  template: string;
  now: () => number;
  pairWindowMs?: number;
  log: Logger;
  report: (r: CorruptFileReport) => void;
  /** Another loaded session already uses this id (an adopted folder keeps the entry's id then). */
  idTaken: (id: string) => boolean;
  /** A shot record that leads outside its session folder was dropped (log it, tell the clients). */
  rejected?: (message: string) => void;
}

/**
 * One session in memory: its entry, metadata, shot index by id, name allocator and journal. Every change
 * goes to the journal as one record (see {@link SessionJournal}), so a shot costs the same at shot 5,000 as
 * at shot 1.
 */
export class LoadedSession {
  private readonly byId = new Map<string, ShotInfo>();
  /** Shots whose journal record is not on disk yet: never listed. */
  private readonly unsaved = new Set<string>();
  /** Hands out final names in the session folder. */
  readonly allocator: NameAllocator;
  private readonly log: Logger;

  private constructor(
    public entry: SessionEntry,
    readonly meta: SessionMeta,
    readonly journal: SessionJournal,
    o: OpenSessionOptions,
  ) {
    this.log = o.log;
    for (const shot of meta.shots) this.byId.set(shot.id, shot);
    this.allocator = new NameAllocator(
      {
        folder: entry.folder,
        template: () => parseTemplate(this.meta.template),
        sessionName: () => this.entry.name,
        nextSeq: () => this.meta.nextSeq,
        setNextSeq: (n) => {
          this.meta.nextSeq = n;
        },
      },
      o.now,
      o.pairWindowMs,
    );
  }

  /** Reads a session's snapshot and journal (or starts its metadata when it has none). */
  static async open(entry: SessionEntry, o: OpenSessionOptions): Promise<LoadedSession> {
    const journal = new SessionJournal(entry.folder);
    const contents = await journal.load().catch((err: Error) => {
      o.log.warn(`cannot read metadata of session '${entry.name}': ${err.message}`);
      return null;
    });
    for (const bad of contents?.corrupt ?? []) o.report(bad);
    const snapshot = contents?.snapshot ?? null;
    if (snapshot && snapshot.id !== entry.id && !o.idTaken(snapshot.id))
      entry = { ...entry, id: snapshot.id, createdAt: snapshot.createdAt };
    const meta: SessionMeta = snapshot ?? {
      version: 1,
      id: entry.id,
      name: entry.name,
      createdAt: entry.createdAt,
      template: o.template,
      nextSeq: 1,
      shots: [],
    };
    meta.id = entry.id;
    delete meta.journal;
    const records = contents?.records ?? [];
    applyRecords(meta, records);
    const cleaned = await confineShots(entry, meta, (message) => {
      o.log.error(message);
      o.rejected?.(message);
    });
    const session = new LoadedSession(entry, meta, journal, o);
    if (!contents) return session;
    if (cleaned) {
      // Rewrite without the rejected records so they are never served (nor reported) again.
      await journal
        .compact(meta)
        .catch((err: Error) => o.log.warn(`cannot compact session metadata: ${err.message}`));
      return session;
    }
    if (!snapshot && records.length === 0) {
      await journal
        .create(meta)
        .catch((err: Error) => o.log.warn(`cannot write session metadata: ${err.message}`));
    } else if (contents.corrupt.length > 0 && records.length > 0) {
      // Fold what could be read into a clean snapshot so the bad lines are not met (and reported) again.
      await journal
        .compact(meta)
        .catch((err: Error) => o.log.warn(`cannot compact session metadata: ${err.message}`));
    }
    return session;
  }

  /** The public description. */
  info(): SessionInfo {
    const { id, name, folder, createdAt } = this.entry;
    const { template, nextSeq } = this.meta;
    return { id, name, folder, createdAt, template, nextSeq, shotCount: this.meta.shots.length };
  }

  /** Template, counter and shot count for the sessions index. */
  async summary(): Promise<SessionSummary> {
    const { template, nextSeq } = this.meta;
    return { template, nextSeq, shotCount: this.meta.shots.length, stamp: await this.journal.stamp() };
  }

  /** Copies of the shots, oldest first. */
  shots(): ShotInfo[] {
    return this.meta.shots.filter((s) => !this.unsaved.has(s.id)).map((s) => ({ ...s }));
  }

  /** A shot by id, or undefined. */
  find(shotId: string): ShotInfo | undefined {
    return this.byId.get(shotId);
  }

  /** Records a committed shot; resolves once the record is durable. */
  async addShot(shot: ShotInfo): Promise<void> {
    // Listed only once durable: a crash in between must not lose a shot a client has already seen.
    this.unsaved.add(shot.id);
    this.meta.shots.push(shot);
    this.byId.set(shot.id, shot);
    await this.journal
      .append({ shot, nextSeq: this.meta.nextSeq }, true)
      .finally(() => this.unsaved.delete(shot.id));
    this.maybeCompact();
  }

  /**
   * The counter moved (a reservation): written now, made durable by the next durable record (a lost
   * counter move costs nothing: names are checked against the disk).
   */
  async noteSeq(): Promise<void> {
    await this.journal
      .append({ nextSeq: this.meta.nextSeq }, false)
      .catch((err: Error) => this.log.warn(`cannot record the session counter: ${err.message}`));
  }

  /** Sets the naming template; resolves once durable. */
  async setTemplate(template: string): Promise<void> {
    this.meta.template = template;
    await this.journal.append({ template }, true);
    this.maybeCompact();
  }

  private maybeCompact(): void {
    if (!this.journal.wantsCompaction(this.meta.shots.length)) return;
    this.journal
      .compact(this.meta)
      .catch((err: Error) => this.log.warn(`cannot compact session '${this.entry.name}': ${err.message}`));
  }

  /** Waits for pending writes; folds a non-empty journal into the snapshot (a clean stop leaves one file). */
  async flush(compact: boolean): Promise<void> {
    await this.journal.flush();
    if (compact && this.journal.hasRecords()) {
      await this.journal.compact(this.meta);
      await this.journal.flush();
    }
  }
}

/** Applies journal records in order; a shot id already present is skipped (replay after a compaction crash). */
export function applyRecords(meta: SessionMeta, records: readonly JournalRecord[]): void {
  const seen = new Set(meta.shots.map((s) => s.id));
  for (const r of records) {
    if (r.shot && !seen.has(r.shot.id)) {
      meta.shots.push(r.shot);
      seen.add(r.shot.id);
    }
    if (r.nextSeq !== undefined) meta.nextSeq = Math.max(meta.nextSeq, r.nextSeq);
    if (r.template !== undefined) meta.template = r.template;
  }
}
