import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { SessionInfo, ShotInfo } from '../../shared/studio-types';
import type { SessionServiceApi } from './session-api';
import type { Logger } from '../core/logger';
import { makeDir } from '../core/bounded-fs';
import { confinedRealPath } from '../core/path-guard';
import type { CorruptionReporter } from '../core/corruption-reporter';
import type { SettingsService } from '../settings/settings-service';
import type { EventBus } from '../core/event-bus';
import type { Allocation, NameRequest } from './name-allocator';
import { formatDate, parseTemplate, renderTemplate } from './naming-template';
import type { LoadedSession } from './loaded-session';
import { SessionCatalog } from './session-catalog';
import { prepareSessionRoot } from './session-root';
import { checkSessionName, type SessionEntry } from './session-schemas';
import { shotRecordIsConfined } from './shot-confinement';

/** Dependencies of {@link SessionService}. */
export interface SessionServiceDeps {
  dataDir: string;
  /** Folder the session folders live in. */
  root: string;
  settings: SettingsService;
  reporter: CorruptionReporter;
  bus: EventBus;
  log: Logger;
  now?: () => number;
  pairWindowMs?: number;
}

/** A reserved name in a session (what a transfer commits to). */
export interface SessionAllocation extends Allocation {
  sessionId: string;
}

/**
 * Sessions: folders under a root, their naming templates, counters and shot indexes. Sessions are read
 * lazily (see {@link SessionCatalog}); each session's changes go to an append-only journal (see
 * `SessionJournal`), so recording a shot costs the same whatever the session's size.
 */
export class SessionService implements SessionServiceApi {
  private readonly catalog: SessionCatalog;
  private activeId = '';
  private readonly now: () => number;
  private rootDir: string;

  constructor(private readonly deps: SessionServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.rootDir = deps.root;
    this.catalog = new SessionCatalog({
      dataDir: deps.dataDir,
      reporter: deps.reporter,
      log: deps.log,
      open: {
        now: this.now,
        pairWindowMs: deps.pairWindowMs,
        log: deps.log,
        rejected: (message) =>
          deps.bus.emit('warning', { cameraId: '*', code: ErrorCode.Forbidden, message }),
      },
      defaultTemplate: () => deps.settings.get().namingTemplate,
    });
  }

  /** The session root folder (where new session folders are created). */
  get root(): string {
    return this.rootDir;
  }

  /**
   * Validates and persists a new root, then re-opens the active session by name under it (an existing
   * session in that folder is switched to, its metadata adopted); nothing already shot moves.
   */
  async setRoot(path: string): Promise<SessionInfo> {
    const root = await prepareSessionRoot(path);
    await this.deps.settings.update({ sessionRoot: root });
    this.rootDir = root;
    const current = this.loaded(this.activeId);
    const folder = join(root, current.entry.name);
    const known = this.catalog.entries().find((e) => e.folder === folder);
    if (known) return this.activate(await this.catalog.ensure(known.id));
    await makeDir(folder, { what: 'the session folder' });
    const entry: SessionEntry = {
      id: `ses_${randomUUID().slice(0, 8)}`,
      name: current.entry.name,
      folder,
      createdAt: new Date(this.now()).toISOString(),
    };
    return this.activate(await this.catalog.add(entry, current.meta.template));
  }

  /**
   * Reads the sessions index and the last active session (other sessions are read when first used);
   * creates today's session when there is none.
   */
  async load(): Promise<void> {
    const id = await this.catalog.load(this.deps.settings.get().activeSessionId);
    if (id) this.activeId = id;
    else await this.create(formatDate(new Date(this.now()), 'YYYY-MM-DD'));
  }

  list(): SessionInfo[] {
    return this.catalog.entries().map((e) => this.catalog.info(e.id));
  }

  active(): SessionInfo {
    return this.loaded(this.activeId).info();
  }

  /**
   * Creates a session folder (adopting an existing one and its metadata) and makes it active; a new one
   * starts with `template` (validated), else the settings' default template.
   */
  async create(name: string, template?: string): Promise<SessionInfo> {
    if (template !== undefined) parseTemplate(template);
    const clean = checkSessionName(name);
    if (this.catalog.entries().some((e) => e.name.toLowerCase() === clean.toLowerCase())) {
      throw new TetherError(ErrorCode.InvalidArgument, `A session named '${clean}' already exists`);
    }
    const entry: SessionEntry = {
      id: `ses_${randomUUID().slice(0, 8)}`,
      name: clean,
      folder: join(this.rootDir, clean),
      createdAt: new Date(this.now()).toISOString(),
    };
    await makeDir(entry.folder, { what: 'the session folder' });
    return this.activate(await this.catalog.add(entry, template?.trim()));
  }

  async switchTo(sessionId: string): Promise<SessionInfo> {
    return this.activate(await this.catalog.ensure(sessionId));
  }

  async setTemplate(template: string): Promise<SessionInfo> {
    parseTemplate(template);
    const s = this.loaded(this.activeId);
    await s.setTemplate(template.trim());
    this.catalog.scheduleSave();
    const info = s.info();
    this.deps.bus.emit('sessionChanged', { id: info.id, name: info.name, folder: info.folder });
    return info;
  }

  previewName(template: string): string {
    const s = this.loaded(this.activeId);
    return renderTemplate(parseTemplate(template), {
      session: s.entry.name,
      seq: s.meta.nextSeq,
      date: new Date(this.now()),
      camera: 'ILCE-7M4',
      original: 'DSC00001.JPG',
    });
  }

  async shots(sessionId?: string): Promise<ShotInfo[]> {
    return (await this.catalog.ensure(sessionId ?? this.activeId)).shots();
  }

  async shot(shotId: string): Promise<ShotInfo> {
    if (typeof shotId === 'string') {
      for (const s of this.catalog.loadedSessions()) {
        const found = s.find(shotId);
        if (found) return { ...found };
      }
      // Not in memory: the sessions not read yet, newest first.
      for (const id of this.catalog.unloaded()) {
        const found = (await this.catalog.ensure(id)).find(shotId);
        if (found) return { ...found };
      }
    }
    throw new TetherError(ErrorCode.NotFound, `No shot with id '${String(shotId)}'`);
  }

  /** Reserves the next final name in a session (default: the active one). */
  async allocate(req: NameRequest, sessionId = this.activeId): Promise<SessionAllocation> {
    const s = await this.catalog.ensure(sessionId);
    await makeDir(s.entry.folder, { what: 'the session folder' });
    const alloc = await s.allocator.allocate(req);
    await s.noteSeq();
    return { ...alloc, sessionId };
  }

  /** The reserved name was taken at commit time: the next number. */
  async reallocate(prev: SessionAllocation, req: NameRequest): Promise<SessionAllocation> {
    const s = await this.catalog.ensure(prev.sessionId);
    const alloc = await s.allocator.next(prev, req);
    await s.noteSeq();
    return { ...alloc, sessionId: prev.sessionId };
  }

  /** Drops a reservation (cancelled job). */
  release(alloc: SessionAllocation): void {
    this.catalog.peek(alloc.sessionId)?.allocator.release(alloc);
  }

  /** Holds a name a journaled transfer reserved before a restart (so no other file takes it). */
  async reserve(alloc: SessionAllocation): Promise<void> {
    (await this.catalog.ensure(alloc.sessionId)).allocator.reserve(alloc);
  }

  /** True when the session exists. */
  has(sessionId: string): boolean {
    return this.catalog.has(sessionId);
  }

  /** A session's folder; NOT_FOUND for unknown ids. */
  folderOf(sessionId: string): string {
    const entry = this.catalog.entries().find((e) => e.id === sessionId);
    if (!entry) throw new TetherError(ErrorCode.NotFound, `No session with id '${sessionId}'`);
    return entry.folder;
  }

  /** Every session folder (for the start-up scan of stray `.part` files). */
  folders(): string[] {
    return this.catalog.entries().map((e) => e.folder);
  }

  /** The shot recorded at `path` in a session, if any. */
  async shotAt(sessionId: string, path: string): Promise<ShotInfo | undefined> {
    const found = (await this.catalog.ensure(sessionId)).shots().find((s) => s.path === path);
    return found ? { ...found } : undefined;
  }

  /**
   * The real path of a shot's file, confined to its session folder (symbolic links resolved): FORBIDDEN
   * when it leads outside, NOT_FOUND when it is gone. What serving, previews and drag-out read.
   */
  async shotFile(shotId: string): Promise<{ shot: ShotInfo; path: string }> {
    const shot = await this.shot(shotId);
    const folder = this.folderOf(shot.sessionId);
    if (!shotRecordIsConfined(folder, shot))
      throw new TetherError(ErrorCode.Forbidden, `The file of shot ${shot.id} is outside its session folder`);
    return { shot, path: await confinedRealPath(folder, shot.path) };
  }

  /**
   * Records a committed file in its session's shot index: one journal record, durable when this resolves
   * (the shot survives a crash or kill from then on, and only then is it listed), then `shotAdded`.
   */
  async addShot(
    alloc: SessionAllocation,
    shot: Pick<ShotInfo, 'size' | 'cameraId' | 'originalName' | 'kind'>,
  ): Promise<ShotInfo> {
    const s = await this.catalog.ensure(alloc.sessionId);
    s.allocator.commit(alloc);
    const info: ShotInfo = {
      id: `shot_${randomUUID().replace(/-/g, '').slice(0, 12)}`,
      sessionId: alloc.sessionId,
      fileName: alloc.fileName,
      path: alloc.path,
      seq: alloc.seq,
      importedAt: new Date(this.now()).toISOString(),
      ...shot,
    };
    await s.addShot(info);
    this.catalog.scheduleSave();
    this.deps.bus.emit('shotAdded', { ...info });
    return { ...info };
  }

  /** Waits for pending metadata writes (journals are folded into their snapshots) and writes the index. */
  async flush(): Promise<void> {
    await this.catalog.flush();
  }

  /** The active session, which is always in memory. */
  private loaded(sessionId: string): LoadedSession {
    const s = this.catalog.peek(sessionId);
    if (!s) throw new TetherError(ErrorCode.NotFound, `No session with id '${sessionId}'`);
    return s;
  }

  private async activate(s: LoadedSession): Promise<SessionInfo> {
    this.activeId = s.entry.id;
    await this.deps.settings.update({ activeSessionId: s.entry.id });
    const info = s.info();
    this.deps.bus.emit('sessionChanged', { id: info.id, name: info.name, folder: info.folder });
    return info;
  }
}
