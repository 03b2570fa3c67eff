import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import { renderTemplate, usesSeq, withClashSuffix, type TemplatePart } from './naming-template';
import { sanitizeFileName, splitExt } from '../core/sanitize-name';

/** What a name is requested for. */
export interface NameRequest {
  cameraId: string;
  /** Camera model for `{camera}`. */
  camera: string;
  /** Camera-provided original name (untrusted). */
  original: string;
  /** Capture time (default: now). */
  date?: Date;
}

/** A reserved final name. The file does not exist under it until the transfer commits. */
export interface Allocation {
  seq: number;
  fileName: string;
  path: string;
}

/** The folder, template and counter an allocator works with. */
export interface AllocatorTarget {
  folder: string;
  template(): TemplatePart[];
  sessionName(): string;
  /** The next unused sequence number. */
  nextSeq(): number;
  /** Records that every number below `n` is used. */
  setNextSeq(n: number): void;
}

/** Disk checks before the folder is listed once and candidates are checked in memory. */
const DISK_PROBES = 4;
/** Candidates tried before allocation gives up with a clear error (never a 10-second spin). */
const MAX_CANDIDATES = 1_000_000;

interface PairRecord {
  seq: number;
  exts: Set<string>;
  at: number;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/**
 * Hands out final names in one folder: never a name that exists on disk or is reserved by a transfer in
 * flight (compared case-insensitively, for macOS/Windows volumes); a clash takes the next number; RAW+JPEG
 * from the same camera with the same original base name, arriving within `pairWindowMs`, share one number.
 */
export class NameAllocator {
  private readonly reserved = new Set<string>();
  private readonly pairs = new Map<string, PairRecord>();
  /** Next clash suffix per name, for templates without `{seq}`. */
  private readonly suffixes = new Map<string, number>();
  /** File-system checks made so far (lstat pairs and listings): what allocation costs, for tests. */
  diskChecks = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly target: AllocatorTarget,
    private readonly now: () => number = Date.now,
    private readonly pairWindowMs = 30_000,
  ) {}

  /** Reserves a fresh name for `req`. */
  allocate(req: NameRequest): Promise<Allocation> {
    return this.serial(() => this.pick(req, this.pairSeq(req)));
  }

  /** The reserved name was taken after all (seen at commit): releases it and reserves the next number. */
  next(prev: Allocation, req: NameRequest): Promise<Allocation> {
    return this.serial(() => {
      this.reserved.delete(prev.fileName.toLowerCase());
      return this.pick(req, undefined, prev.seq + 1);
    });
  }

  /** Drops a reservation (job cancelled). */
  release(alloc: Allocation): void {
    this.reserved.delete(alloc.fileName.toLowerCase());
  }

  /** Drops a reservation once the file exists under it (the disk now guards the name). */
  commit(alloc: Allocation): void {
    this.reserved.delete(alloc.fileName.toLowerCase());
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private pairKey(req: NameRequest): { key: string; ext: string } {
    const { base, ext } = splitExt(sanitizeFileName(req.original));
    return { key: `${req.cameraId}\u0000${base.toLowerCase()}`, ext: ext.toLowerCase() };
  }

  /** The sequence number of a pair partner that arrived recently, if any. */
  private pairSeq(req: NameRequest): number | undefined {
    const { key, ext } = this.pairKey(req);
    const rec = this.pairs.get(key);
    if (!rec || this.now() - rec.at > this.pairWindowMs || rec.exts.has(ext)) return undefined;
    return rec.seq;
  }

  private notePair(req: NameRequest, seq: number): void {
    const { key, ext } = this.pairKey(req);
    const rec = this.pairs.get(key);
    if (rec && rec.seq === seq) rec.exts.add(ext);
    else {
      // Re-inserted at the end, so the map stays in arrival order and expiry only looks at its head.
      this.pairs.delete(key);
      this.pairs.set(key, { seq, exts: new Set([ext]), at: this.now() });
    }
    const cutoff = this.now() - this.pairWindowMs;
    for (const [k, r] of this.pairs) {
      if (r.at >= cutoff) break;
      this.pairs.delete(k);
    }
  }

  /** Checks `fileName` (and its `.part`) against reservations and the disk, or the folder listing when given. */
  private async isFree(fileName: string, listing?: Set<string>): Promise<boolean> {
    const lower = fileName.toLowerCase();
    if (this.reserved.has(lower)) return false;
    if (listing) return !listing.has(lower) && !listing.has(`${lower}.part`);
    this.diskChecks++;
    const path = join(this.target.folder, fileName);
    return !(await exists(path)) && !(await exists(`${path}.part`));
  }

  /** Lower-cased names in the folder: after a few clashes, candidates are checked in memory. */
  private async listing(): Promise<Set<string>> {
    this.diskChecks++;
    const names = await readdir(this.target.folder).catch(() => [] as string[]);
    return new Set(names.map((n) => n.toLowerCase()));
  }

  /**
   * The first free name among `candidate(0)`, `candidate(1)`, …: a couple of disk checks, then one folder
   * listing and checks in memory (a folder full of old files costs one `readdir`, not thousands of `lstat`),
   * the winner confirmed on disk. Returns the index taken.
   */
  private async firstFree(candidate: (i: number) => string): Promise<{ i: number; fileName: string }> {
    let listing: Set<string> | undefined;
    for (let i = 0; i < MAX_CANDIDATES; i++) {
      if (i === DISK_PROBES) listing = await this.listing();
      const fileName = candidate(i);
      if (!(await this.isFree(fileName, listing))) continue;
      if (!listing || (await this.isFree(fileName))) return { i, fileName };
    }
    throw new TetherError(
      ErrorCode.IoError,
      `No free file name in ${this.target.folder} after ${MAX_CANDIDATES} tries (last: ${candidate(MAX_CANDIDATES - 1)})`,
      { path: this.target.folder },
    );
  }

  private async pick(req: NameRequest, pairSeq?: number, minSeq?: number): Promise<Allocation> {
    const parts = this.target.template();
    const ctx = {
      session: this.target.sessionName(),
      camera: req.camera,
      original: req.original,
      date: req.date ?? new Date(this.now()),
    };
    if (pairSeq !== undefined) {
      const fileName = renderTemplate(parts, { ...ctx, seq: pairSeq });
      if (await this.isFree(fileName)) return this.take(req, pairSeq, fileName);
    }
    const seq = Math.max(this.target.nextSeq(), minSeq ?? 0);
    if (usesSeq(parts)) {
      // `{seq}` survives any cut (see renderName), so each number is a new name: amortised O(1), since the
      // counter moves past every number tried.
      const got = await this.firstFree((i) => renderTemplate(parts, { ...ctx, seq: seq + i }));
      return this.take(req, seq + got.i, got.fileName);
    }
    // No number in the template: `name`, `name-2`, `name-3`… remembering where each name's suffixes got to.
    const first = renderTemplate(parts, { ...ctx, seq });
    const key = first.toLowerCase();
    const from = this.suffixes.get(key) ?? 1;
    const got = await this.firstFree((i) => (from + i === 1 ? first : withClashSuffix(first, from + i)));
    this.suffixes.delete(key);
    this.suffixes.set(key, from + got.i + 1);
    if (this.suffixes.size > 2000) this.suffixes.delete(this.suffixes.keys().next().value as string);
    return this.take(req, seq, got.fileName);
  }

  /** Re-reserves a name a journaled transfer holds (after a restart), so nothing else takes it. */
  reserve(alloc: Allocation): void {
    this.reserved.add(alloc.fileName.toLowerCase());
    if (alloc.seq >= this.target.nextSeq()) this.target.setNextSeq(alloc.seq + 1);
  }

  private take(req: NameRequest, seq: number, fileName: string): Allocation {
    this.reserved.add(fileName.toLowerCase());
    if (seq >= this.target.nextSeq()) this.target.setNextSeq(seq + 1);
    this.notePair(req, seq);
    return { seq, fileName, path: join(this.target.folder, fileName) };
  }
}
