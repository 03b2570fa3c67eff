import { createHash } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ErrorCode, TetherError, toErrorValue } from '../../shared/errors';
import type { PendingImport } from '../../shared/transfer-types';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/logger';
import { isInside } from '../core/path-guard';

/** A staged shot to import: what the queue's auto-import takes. */
export interface StagedShot {
  cameraId: string;
  filename: string;
  stagedPath: string;
  size: number;
  /** False for a client's snapshot (the client was told about its own file already). */
  announce: boolean;
}

/** What the pending list needs. */
export interface PendingImportsDeps {
  stagingRoot: string;
  /** Session folders to look for stray `.part` files in. */
  folders(): string[];
  bus: EventBus;
  log: Logger;
  /** Queues an import job for a staged shot. */
  importStaged(shot: StagedShot): Promise<unknown>;
  /** Resolved paths a job already owns (staged sources and `.part` files). */
  owned(): Set<string>;
}

type Item = PendingImport & { shot?: StagedShot };

/** The `.from-client` snapshot prefix (`<8 hex>-name`). */
const SNAPSHOT = /^[0-9a-f]{8}-(.+)$/;

function idFor(path: string): string {
  return `pi_${createHash('sha1').update(path).digest('hex').slice(0, 12)}`;
}

async function files(dir: string): Promise<{ name: string; path: string; size: number }[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(dir, e.name);
    const size = await stat(path).then(
      (s) => s.size,
      () => -1,
    );
    if (size >= 0) out.push({ name: e.name, path, size });
  }
  return out;
}

/**
 * Files the studio finds without a job: shots left in the staging folder (delivered by the camera, but the
 * import failed before a job existed — read-only session folder, full disk — or the studio stopped first) and
 * stray `.part` files. Found by a scan at start and by failed imports at run time; staged shots are imported
 * again on request (Retry) and once at start; a stray `.part` may be discarded (its original is still on the
 * card), a staged shot never is.
 */
export class PendingImports {
  private readonly items = new Map<string, Item>();

  constructor(private readonly deps: PendingImportsDeps) {}

  /** What is pending, oldest first. */
  list(): PendingImport[] {
    return [...this.items.values()].map(({ shot: _shot, ...item }) => structuredClone(item));
  }

  /** Scans the staging folder and the session folders; announces the list. */
  async scan(): Promise<void> {
    const owned = this.deps.owned();
    const found: Item[] = [];
    const now = Date.now();
    const root = this.deps.stagingRoot;
    for (const cam of await readdir(root, { withFileTypes: true }).catch(() => [])) {
      if (!cam.isDirectory()) continue;
      const camDir = join(root, cam.name);
      for (const dir of [camDir, join(camDir, '.from-client')]) {
        const client = dir !== camDir;
        for (const f of await files(dir)) {
          if (owned.has(resolve(f.path)) || (f.name.startsWith('.') && !f.name.endsWith('.part'))) continue;
          const partial = f.name.endsWith('.part');
          const filename = client ? (SNAPSHOT.exec(f.name)?.[1] ?? f.name) : f.name;
          const base = { id: idFor(f.path), path: f.path, size: f.size, foundAt: now, cameraId: cam.name };
          found.push(
            partial
              ? { ...base, kind: 'partial', fileName: filename.slice(0, -'.part'.length) }
              : {
                  ...base,
                  kind: 'staged',
                  fileName: filename,
                  shot: { cameraId: cam.name, filename, stagedPath: f.path, size: f.size, announce: !client },
                },
          );
        }
      }
    }
    for (const folder of this.deps.folders()) {
      for (const f of await files(folder)) {
        if (!f.name.endsWith('.part') || f.name.startsWith('.') || owned.has(resolve(f.path))) continue;
        found.push({
          id: idFor(f.path),
          kind: 'partial',
          path: f.path,
          fileName: f.name.slice(0, -'.part'.length),
          size: f.size,
          foundAt: now,
        });
      }
    }
    for (const item of found) if (!this.items.has(item.id)) this.items.set(item.id, item);
    if (found.length > 0)
      this.deps.log.warn(
        `found ${found.filter((i) => i.kind === 'staged').length} shot(s) to import and ${found.filter((i) => i.kind === 'partial').length} stray partial file(s)`,
      );
    this.announce();
  }

  /** An import failed before its job existed: the shot stays in staging, listed with the error. */
  noteFailure(shot: StagedShot, err: unknown): void {
    if (!isInside(this.deps.stagingRoot, shot.stagedPath)) return;
    const id = idFor(shot.stagedPath);
    this.items.set(id, {
      id,
      kind: 'staged',
      path: shot.stagedPath,
      fileName: shot.filename,
      cameraId: shot.cameraId,
      size: shot.size,
      foundAt: this.items.get(id)?.foundAt ?? Date.now(),
      error: toErrorValue(err),
      shot,
    });
    this.announce();
  }

  /** Imports staged shots again (all, or `ids`); resolves with what is still pending. */
  async retry(ids?: string[]): Promise<PendingImport[]> {
    const wanted = ids ? ids.map((id) => this.item(id)) : [...this.items.values()];
    for (const item of wanted) {
      if (item.kind !== 'staged' || !item.shot) continue;
      if (this.deps.owned().has(resolve(item.path))) {
        this.items.delete(item.id);
        continue;
      }
      const exists = await stat(item.path).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!exists) {
        this.items.delete(item.id);
        continue;
      }
      try {
        await this.deps.importStaged(item.shot);
        this.items.delete(item.id);
      } catch (err) {
        item.error = toErrorValue(err);
        this.deps.log.warn(`cannot import ${item.fileName} yet: ${item.error.message}`);
      }
    }
    this.announce();
    return this.list();
  }

  /** Deletes a stray `.part` file; a staged shot is refused (INVALID_ARGUMENT). */
  async discard(id: string): Promise<PendingImport[]> {
    const item = this.item(id);
    if (item.kind !== 'partial')
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `${item.fileName} is a shot waiting to be imported; it is never discarded (retry the import)`,
      );
    const allowed = [this.deps.stagingRoot, ...this.deps.folders()].some((root) => isInside(root, item.path));
    if (!allowed || !item.path.endsWith('.part'))
      throw new TetherError(ErrorCode.Forbidden, `${item.path} is not a partial file of the studio`);
    await rm(item.path, { force: true });
    this.items.delete(id);
    this.announce();
    return this.list();
  }

  private item(id: string): Item {
    const item = this.items.get(id);
    if (!item) throw new TetherError(ErrorCode.NotFound, `No pending import with id '${id}'`);
    return item;
  }

  private announce(): void {
    this.deps.bus.emit('pendingImports', { items: this.list() });
  }
}
