import { join } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { SessionInfo } from '../../shared/studio-types';
import type { CorruptionReporter } from '../core/corruption-reporter';
import { JsonFile } from '../core/json-file';
import { isPlatformAbsolute } from '../core/path-guard';
import type { Logger } from '../core/logger';
import { LoadedSession, type OpenSessionOptions } from './loaded-session';
import { stampOf } from './session-journal';
import { sessionsIndexSchema, type SessionEntry } from './session-schemas';

/** How long index updates (shot counts) are gathered before `sessions.json` is rewritten. */
export const INDEX_SAVE_DELAY_MS = 2000;

interface Slot {
  entry: SessionEntry;
  loaded?: LoadedSession;
  loading?: Promise<LoadedSession>;
}

/** What the catalog needs besides its folder. */
export interface CatalogDeps {
  dataDir: string;
  reporter: CorruptionReporter;
  log: Logger;
  open: Omit<OpenSessionOptions, 'idTaken' | 'report' | 'template'>;
  /** Template for a session without metadata. */
  defaultTemplate: () => string;
}

/**
 * Every session the studio knows (`dataDir/sessions.json`), loaded lazily. The index keeps each session's
 * template, counter and shot count with a stamp of its files, so the studio starts and lists sessions
 * without reading their shot indexes; a session is read in full when it is used, or at start when its
 * stamp no longer matches (it changed behind the index's back, or the index predates summaries).
 */
export class SessionCatalog {
  private readonly index: JsonFile<typeof sessionsIndexSchema>;
  private readonly slots = new Map<string, Slot>();
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: CatalogDeps) {
    this.index = new JsonFile(join(deps.dataDir, 'sessions.json'), sessionsIndexSchema);
  }

  /** Reads the index; loads `wanted` (else the last session) and every session whose summary is stale. */
  async load(wanted: string | undefined): Promise<string | undefined> {
    const { value, corrupt } = await this.index.load();
    if (corrupt) this.deps.reporter.report(corrupt);
    const entries = (value?.sessions ?? []).filter((e) => {
      if (isPlatformAbsolute(e.folder)) return true;
      this.deps.log.error(`ignored session '${e.name}': its folder '${e.folder}' is not absolute`);
      return false;
    });
    const fresh = await Promise.all(
      entries.map(async (e) => {
        if (!e.summary) return false;
        const gen = Number.parseInt(e.summary.stamp.split('|')[0], 10);
        return Number.isInteger(gen) && (await stampOf(e.folder, gen).catch(() => '')) === e.summary.stamp;
      }),
    );
    let stale = false;
    for (const [i, entry] of entries.entries()) {
      if (fresh[i]) this.slots.set(entry.id, { entry });
      else {
        await this.insert(entry);
        stale = true;
      }
    }
    const id = wanted && this.slots.has(wanted) ? wanted : [...this.slots.keys()].at(-1);
    if (id) await this.ensure(id);
    if (stale) this.scheduleSave();
    return id;
  }

  /** Whether a session id is known. */
  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Every session's entry, in creation order. */
  entries(): SessionEntry[] {
    return [...this.slots.values()].map((s) => s.loaded?.entry ?? s.entry);
  }

  /** A session's public description (from memory when loaded, else from the index summary). */
  info(id: string): SessionInfo {
    const slot = this.slot(id);
    if (slot.loaded) return slot.loaded.info();
    const { name, folder, createdAt, summary } = slot.entry;
    return {
      id,
      name,
      folder,
      createdAt,
      template: summary?.template ?? this.deps.defaultTemplate(),
      nextSeq: summary?.nextSeq ?? 1,
      shotCount: summary?.shotCount ?? 0,
    };
  }

  /** A loaded session if it is in memory already (no disk access). */
  peek(id: string): LoadedSession | undefined {
    return this.slots.get(id)?.loaded;
  }

  /** The loaded session, reading it first when needed; NOT_FOUND for an unknown id. */
  ensure(id: string): Promise<LoadedSession> {
    const slot = this.slot(id);
    if (slot.loaded) return Promise.resolve(slot.loaded);
    slot.loading ??= this.openEntry(slot.entry).then((s) => {
      slot.loaded = s;
      slot.loading = undefined;
      return s;
    });
    return slot.loading;
  }

  /** Sessions not in memory yet, newest first (where an unknown shot id is looked for). */
  unloaded(): string[] {
    return [...this.slots.entries()]
      .filter(([, s]) => !s.loaded)
      .map(([id]) => id)
      .reverse();
  }

  /** Every session in memory. */
  loadedSessions(): LoadedSession[] {
    return [...this.slots.values()].flatMap((s) => (s.loaded ? [s.loaded] : []));
  }

  /** Opens a new or adopted session folder, adds it and saves the index; `template` seeds new metadata. */
  async add(entry: SessionEntry, template?: string): Promise<LoadedSession> {
    const loaded = await this.insert(entry, template);
    await this.save();
    return loaded;
  }

  private async insert(entry: SessionEntry, template?: string): Promise<LoadedSession> {
    const loaded = await this.openEntry(entry, template);
    this.slots.set(loaded.entry.id, { entry: loaded.entry, loaded });
    return loaded;
  }

  private openEntry(entry: SessionEntry, template?: string): Promise<LoadedSession> {
    return LoadedSession.open(
      { ...entry, summary: undefined },
      {
        ...this.deps.open,
        template: template ?? this.deps.defaultTemplate(),
        report: (r) => this.deps.reporter.report(r),
        idTaken: (id) => this.slots.has(id),
      },
    );
  }

  private slot(id: string): Slot {
    const s = typeof id === 'string' ? this.slots.get(id) : undefined;
    if (!s) throw new TetherError(ErrorCode.NotFound, `No session with id '${String(id)}'`);
    return s;
  }

  /** A session's counts changed: the index is rewritten a little later (a burst of shots, one write). */
  scheduleSave(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.save().catch((err: Error) =>
        this.deps.log.warn(`cannot write the sessions index: ${err.message}`),
      );
    }, INDEX_SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  /** Writes the index now, with fresh summaries of the sessions in memory. */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const sessions = await Promise.all(
      [...this.slots.values()].map(async (s) => {
        if (!s.loaded) return s.entry;
        const summary = await s.loaded.summary().catch(() => undefined);
        s.entry = { ...s.loaded.entry, ...(summary ? { summary } : {}) };
        return s.entry;
      }),
    );
    await this.index.save({ version: 1, sessions });
  }

  /** Waits for every session's writes (folding journals into snapshots), then writes the index. */
  async flush(): Promise<void> {
    for (const s of this.loadedSessions())
      await s.flush(true).catch((err: Error) => this.deps.log.warn(`session flush: ${err.message}`));
    await this.save();
    await this.index.flush();
  }
}
