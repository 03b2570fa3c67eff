import { resolve } from 'node:path';
import { prepareWritableDir } from '../core/bounded-fs';
import { requirePlatformAbsolute } from '../core/path-guard';
import type { ShotInfo } from '../../shared/studio-types';
import { NameAllocator, type Allocation, type NameRequest } from '../session/name-allocator';
import { parseTemplate, type TemplatePart } from '../session/naming-template';
import { sanitizeFragment } from '../core/sanitize-name';
import type { SessionService } from '../session/session-service';
import type { JournalDestination } from './journal-record';

/** What a committed file is recorded as. */
export type ShotFacts = Pick<ShotInfo, 'size' | 'cameraId' | 'originalName' | 'kind'>;

/** Where a transfer's file goes: hands out final names and records committed files. */
export interface DestinationTarget {
  /** How the journal names this destination (to rebuild it after a restart). */
  readonly destination: JournalDestination;
  /** The folder every name it hands out lies in (journaled names are checked against it). */
  readonly folder: string;
  /** Reserves a final name. */
  allocate(req: NameRequest): Promise<Allocation>;
  /** The reserved name was taken at commit time: the next one. */
  next(prev: Allocation, req: NameRequest): Promise<Allocation>;
  /** Drops a reservation (cancel). */
  release(alloc: Allocation): void;
  /** Records a file now on disk under `alloc.path`. */
  commit(alloc: Allocation, facts: ShotFacts): Promise<void>;
  /** Holds a name a journaled job reserved before a restart. */
  reserve(alloc: Allocation): void | Promise<void>;
  /** True when a committed file at `path` is already recorded (a session's shot index; folders: never). */
  recorded(path: string): boolean | Promise<boolean>;
}

/** Files go into a session, named by its template, and join its shot index. */
export function sessionTarget(sessions: SessionService, sessionId: string): DestinationTarget {
  return {
    destination: { kind: 'session', sessionId },
    folder: sessions.folderOf(sessionId),
    reserve: (alloc) => sessions.reserve({ ...alloc, sessionId }),
    recorded: async (path) => (await sessions.shotAt(sessionId, path)) !== undefined,
    allocate: (req) => sessions.allocate(req, sessionId),
    next: (prev, req) => sessions.reallocate({ ...prev, sessionId }, req),
    release: (alloc) => sessions.release({ ...alloc, sessionId }),
    commit: async (alloc, facts) => {
      await sessions.addShot({ ...alloc, sessionId }, facts);
    },
  };
}

/**
 * Names in a plain folder as a camera's save-info names its files: `prefix` + a five-digit number from
 * `startNo` (the next free one), + the original extension.
 */
export interface FolderNaming {
  prefix: string;
  startNo: number;
}

function folderTemplate(naming: FolderNaming | undefined): TemplatePart[] {
  if (!naming) return parseTemplate('{original}{ext}');
  // The prefix is validated at the boundary (letters, digits, _ and -); sanitised again as a file name part.
  const prefix = sanitizeFragment(naming.prefix, '');
  const seq: TemplatePart[] = [
    { kind: 'token', name: 'seq', arg: '5' },
    { kind: 'token', name: 'ext' },
  ];
  return prefix ? [{ kind: 'text', text: prefix }, ...seq] : seq;
}

/**
 * Plain folders (explicit `destDir` pulls): sanitised original names, clash ⇒ `-2`, `-3`, …; or, with a
 * {@link FolderNaming}, save-info names (prefix + number).
 */
export class FolderTargets {
  private readonly allocators = new Map<string, NameAllocator>();

  /**
   * The target for one folder: absolute on this platform, created when missing and writable, within a
   * bounded wait (INVALID_ARGUMENT / IO_ERROR with the path and the reason otherwise). `naming`: save-info
   * naming (prefix + number) instead of the original names.
   */
  async target(dir: string, naming?: FolderNaming): Promise<DestinationTarget> {
    const folder = resolve(requirePlatformAbsolute(dir, 'destDir'));
    await prepareWritableDir(folder, { what: 'the destination folder' });
    const key = naming ? `${folder}\0${naming.prefix}\0${naming.startNo}` : folder;
    let allocator = this.allocators.get(key);
    if (!allocator) {
      let next = naming?.startNo ?? 1;
      const parts = folderTemplate(naming);
      allocator = new NameAllocator({
        folder,
        template: () => parts,
        sessionName: () => '',
        nextSeq: () => next,
        setNextSeq: (n) => {
          next = n;
        },
      });
      this.allocators.set(key, allocator);
    }
    const a = allocator;
    return {
      destination: { kind: 'folder', dir: folder },
      folder,
      reserve: (alloc) => a.reserve(alloc),
      recorded: () => false,
      allocate: (req) => a.allocate(req),
      next: (prev, req) => a.next(prev, req),
      release: (alloc) => a.release(alloc),
      commit: async (alloc) => a.commit(alloc),
    };
  }
}

/** Shot kind from a file name's extension. */
export function kindFromName(name: string): ShotInfo['kind'] {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'jpg' || ext === 'jpeg') return 'jpeg';
  if (['arw', 'srf', 'sr2', 'dng', 'raw', 'tif', 'tiff', 'cr2', 'cr3', 'nef'].includes(ext)) return 'raw';
  if (['heif', 'heic', 'hif'].includes(ext)) return 'heif';
  if (['mp4', 'mov', 'mts', 'm2ts', 'xavc', 'avi'].includes(ext)) return 'movie';
  return 'other';
}
