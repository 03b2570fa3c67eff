import { mkdir } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { ShotInfo } from '../../shared/studio-types';
import { NameAllocator, type Allocation, type NameRequest } from '../session/name-allocator';
import { parseTemplate, type TemplatePart } from '../session/naming-template';
import { sanitizeFragment } from '../core/sanitize-name';
import type { SessionService } from '../session/session-service';

/** What a committed file is recorded as. */
export type ShotFacts = Pick<ShotInfo, 'size' | 'cameraId' | 'originalName' | 'kind'>;

/** Where a transfer's file goes: hands out final names and records committed files. */
export interface DestinationTarget {
  /** Reserves a final name. */
  allocate(req: NameRequest): Promise<Allocation>;
  /** The reserved name was taken at commit time: the next one. */
  next(prev: Allocation, req: NameRequest): Promise<Allocation>;
  /** Drops a reservation (cancel). */
  release(alloc: Allocation): void;
  /** Records a file now on disk under `alloc.path`. */
  commit(alloc: Allocation, facts: ShotFacts): Promise<void>;
}

/** Files go into a session, named by its template, and join its shot index. */
export function sessionTarget(sessions: SessionService, sessionId: string): DestinationTarget {
  return {
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

  /** The target for one folder; `dir` must be absolute. */
  async target(dir: string, naming?: FolderNaming): Promise<DestinationTarget> {
    if (typeof dir !== 'string' || !isAbsolute(dir))
      throw new TetherError(ErrorCode.InvalidArgument, 'destDir must be an absolute path');
    const folder = resolve(dir);
    try {
      await mkdir(folder, { recursive: true });
    } catch (err) {
      throw new TetherError(ErrorCode.IoError, `Cannot create ${folder}: ${(err as Error).message}`);
    }
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
