import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { SessionInfo, ShotInfo } from '../../shared/studio-types';
import type { SessionServiceApi } from './session-api';
import type { Logger } from '../core/logger';
import { JsonFile } from '../core/json-file';
import { makeDir } from '../core/bounded-fs';
import { confinedRealPath, isPlatformAbsolute } from '../core/path-guard';
import type { CorruptionReporter } from '../core/corruption-reporter';
import type { SettingsService } from '../settings/settings-service';
import type { EventBus } from '../core/event-bus';
import type { Allocation, NameRequest } from './name-allocator';
import {
  openSession,
  shotRecordIsConfined,
  type LoadedSession,
  type SessionLoaderDeps,
} from './session-loader';
import { formatDate, parseTemplate, renderTemplate } from './naming-template';
import { prepareSessionRoot } from './session-root';
import { checkSessionName, sessionsIndexSchema, type SessionEntry } from './session-schemas';

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

type Loaded = LoadedSession;

/** Sessions: folders under a root, their naming templates, counters and shot indexes. */
export class SessionService implements SessionServiceApi {
  private readonly index: JsonFile<typeof sessionsIndexSchema>;
  private readonly sessions = new Map<string, Loaded>();
  private readonly shotOwner = new Map<string, string>();
  /** Shots whose index write is not on disk yet: never listed, so a crash cannot lose a listed shot. */
  private readonly unsaved = new Set<string>();
  private activeId = '';
  private readonly now: () => number;
  private rootDir: string;
  private readonly loaderDeps: SessionLoaderDeps;

  constructor(private readonly deps: SessionServiceDeps) {
    this.index = new JsonFile(join(deps.dataDir, 'sessions.json'), sessionsIndexSchema);
    this.now = deps.now ?? Date.now;
    this.rootDir = deps.root;
    this.loaderDeps = {
      ...deps,
      now: this.now,
      defaultTemplate: () => deps.settings.get().namingTemplate,
    };
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
    const known = [...this.sessions.values()].find((s) => s.entry.folder === folder);
    if (known) return this.activate(known);
    await makeDir(folder, { what: 'the session folder' });
    const entry = { ...current.entry, id: `ses_${randomUUID().slice(0, 8)}`, folder };
    const loaded = await this.open(
      { ...entry, createdAt: new Date(this.now()).toISOString() },
      current.meta.template,
    );
    await this.saveIndex();
    return this.activate(loaded);
  }

  /** Loads the index and every session's metadata; activates the last active session or creates today's. */
  async load(): Promise<void> {
    const { value, corrupt } = await this.index.load();
    if (corrupt) this.deps.reporter.report(corrupt);
    for (const entry of value?.sessions ?? []) {
      if (isPlatformAbsolute(entry.folder)) await this.open(entry);
      else
        this.deps.log.error(`ignored session '${entry.name}': its folder '${entry.folder}' is not absolute`);
    }
    const wanted = this.deps.settings.get().activeSessionId;
    const fallback = [...this.sessions.values()].at(-1)?.entry.id;
    const id = wanted && this.sessions.has(wanted) ? wanted : fallback;
    if (id) this.activeId = id;
    else await this.create(formatDate(new Date(this.now()), 'YYYY-MM-DD'));
  }

  list(): SessionInfo[] {
    return [...this.sessions.values()].map((s) => this.info(s));
  }

  active(): SessionInfo {
    return this.info(this.loaded(this.activeId));
  }

  /** Creates a session folder (adopting an existing one and its metadata) and makes it active. */
  async create(name: string): Promise<SessionInfo> {
    const clean = checkSessionName(name);
    if ([...this.sessions.values()].some((s) => s.entry.name.toLowerCase() === clean.toLowerCase())) {
      throw new TetherError(ErrorCode.InvalidArgument, `A session named '${clean}' already exists`);
    }
    const entry: SessionEntry = {
      id: `ses_${randomUUID().slice(0, 8)}`,
      name: clean,
      folder: join(this.rootDir, clean),
      createdAt: new Date(this.now()).toISOString(),
    };
    await makeDir(entry.folder, { what: 'the session folder' });
    const loaded = await this.open(entry);
    await this.saveIndex();
    return this.activate(loaded);
  }

  async switchTo(sessionId: string): Promise<SessionInfo> {
    return this.activate(this.loaded(sessionId));
  }

  async setTemplate(template: string): Promise<SessionInfo> {
    parseTemplate(template);
    const s = this.loaded(this.activeId);
    s.meta.template = template.trim();
    await s.file.save(s.meta);
    const info = this.info(s);
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

  shots(sessionId?: string): ShotInfo[] {
    const { meta } = this.loaded(sessionId ?? this.activeId);
    return meta.shots.filter((s) => !this.unsaved.has(s.id)).map((s) => ({ ...s }));
  }

  shot(shotId: string): ShotInfo {
    const owner = this.shotOwner.get(shotId);
    const found = owner ? this.sessions.get(owner)?.meta.shots.find((s) => s.id === shotId) : undefined;
    if (!found) throw new TetherError(ErrorCode.NotFound, `No shot with id '${shotId}'`);
    return { ...found };
  }

  /** Reserves the next final name in a session (default: the active one). */
  async allocate(req: NameRequest, sessionId = this.activeId): Promise<SessionAllocation> {
    const s = this.loaded(sessionId);
    await makeDir(s.entry.folder, { what: 'the session folder' });
    const alloc = await s.allocator.allocate(req);
    await s.file.save(s.meta);
    return { ...alloc, sessionId };
  }

  /** The reserved name was taken at commit time: the next number. */
  async reallocate(prev: SessionAllocation, req: NameRequest): Promise<SessionAllocation> {
    const s = this.loaded(prev.sessionId);
    const alloc = await s.allocator.next(prev, req);
    await s.file.save(s.meta);
    return { ...alloc, sessionId: prev.sessionId };
  }

  /** Drops a reservation (cancelled job). */
  release(alloc: SessionAllocation): void {
    this.sessions.get(alloc.sessionId)?.allocator.release(alloc);
  }

  /** Holds a name a journaled transfer reserved before a restart (so no other file takes it). */
  reserve(alloc: SessionAllocation): void {
    this.loaded(alloc.sessionId).allocator.reserve(alloc);
  }

  /** True when the session exists. */
  has(sessionId: string): boolean {
    return this.sessions.has(sessionId);
  }

  /** A session's folder; NOT_FOUND for unknown ids. */
  folderOf(sessionId: string): string {
    return this.loaded(sessionId).entry.folder;
  }

  /** Every session folder (for the start-up scan of stray `.part` files). */
  folders(): string[] {
    return [...this.sessions.values()].map((s) => s.entry.folder);
  }

  /** The shot recorded at `path` in a session, if any. */
  shotAt(sessionId: string, path: string): ShotInfo | undefined {
    const found = this.sessions.get(sessionId)?.meta.shots.find((s) => s.path === path);
    return found ? { ...found } : undefined;
  }

  /**
   * The real path of a shot's file, confined to its session folder (symbolic links resolved): FORBIDDEN
   * when it leads outside, NOT_FOUND when it is gone. What serving, previews and drag-out read.
   */
  async shotFile(shotId: string): Promise<{ shot: ShotInfo; path: string }> {
    const shot = this.shot(shotId);
    const folder = this.loaded(shot.sessionId).entry.folder;
    if (!shotRecordIsConfined(folder, shot))
      throw new TetherError(ErrorCode.Forbidden, `The file of shot ${shot.id} is outside its session folder`);
    return { shot, path: await confinedRealPath(folder, shot.path) };
  }

  /** Records a committed file in its session's shot index. */
  async addShot(
    alloc: SessionAllocation,
    shot: Pick<ShotInfo, 'size' | 'cameraId' | 'originalName' | 'kind'>,
  ): Promise<ShotInfo> {
    const s = this.loaded(alloc.sessionId);
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
    this.unsaved.add(info.id);
    s.meta.shots.push(info);
    this.shotOwner.set(info.id, alloc.sessionId);
    await s.file.save(s.meta).finally(() => this.unsaved.delete(info.id));
    return { ...info };
  }

  /** Waits for pending metadata writes. */
  async flush(): Promise<void> {
    await this.index.flush();
    for (const s of this.sessions.values()) await s.file.flush();
  }

  private loaded(sessionId: string): Loaded {
    const s = this.sessions.get(sessionId);
    if (!s) throw new TetherError(ErrorCode.NotFound, `No session with id '${sessionId}'`);
    return s;
  }

  private info(s: Loaded): SessionInfo {
    const { id, name, folder, createdAt } = s.entry;
    return {
      id,
      name,
      folder,
      createdAt,
      template: s.meta.template,
      nextSeq: s.meta.nextSeq,
      shotCount: s.meta.shots.length,
    };
  }

  private async activate(s: Loaded): Promise<SessionInfo> {
    this.activeId = s.entry.id;
    await this.deps.settings.update({ activeSessionId: s.entry.id });
    const info = this.info(s);
    this.deps.bus.emit('sessionChanged', { id: info.id, name: info.name, folder: info.folder });
    return info;
  }

  /** Loads (or starts) a session's metadata; `template` seeds a fresh one (default: the settings'). */
  private async open(entry: SessionEntry, template?: string): Promise<Loaded> {
    const loaded = await openSession(entry, (id) => this.sessions.has(id), this.loaderDeps, template);
    this.sessions.set(loaded.entry.id, loaded);
    for (const shot of loaded.meta.shots) this.shotOwner.set(shot.id, loaded.entry.id);
    return loaded;
  }

  private saveIndex(): Promise<void> {
    return this.index.save({ version: 1, sessions: [...this.sessions.values()].map((s) => s.entry) });
  }
}
