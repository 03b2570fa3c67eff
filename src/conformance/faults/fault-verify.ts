import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardFile } from '../../shared/camera-types';
import type { ShotInfo } from '../../shared/studio-types';

/** What a fault run must find in the session at the end. */
export interface Expectations {
  /** Content hashes of shots that were complete in the staging folder at a kill (or fault) moment. */
  staged: Set<string>;
  /** Shots the studio listed in its session before a kill: they must still be there. */
  listed: Map<string, ShotInfo>;
  /** Card files whose pull the studio acknowledged (answered 200 with jobs). */
  acknowledged: Map<string, CardFile>;
  /** Card files whose pull request was in flight at a kill (may end up once or not at all). */
  inFlight: Map<string, CardFile>;
}

/** The outcome of one fault cell. */
export interface FaultCounts {
  /** Shots in the session index at the end. */
  sessionShots: number;
  /** Staged, listed and acknowledged things that are not in the session exactly once. */
  lost: string[];
  /** The same content twice in the session. */
  duplicates: string[];
  /** Files under a final name that are incomplete (wrong size, truncated JPEG) or not in the index. */
  partialUnderFinalNames: string[];
  /** `.part` files left in the session folder once everything is idle. */
  leftoverParts: string[];
}

/** Creates empty expectations. */
export function newExpectations(): Expectations {
  return { staged: new Set(), listed: new Map(), acknowledged: new Map(), inFlight: new Map() };
}

/** Hex SHA-256 of a buffer. */
export function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A card file's identity for matching session shots (name on the card and size). */
export function cardKey(f: Pick<CardFile, 'name' | 'size'>): string {
  return `${f.name}:${f.size}`;
}

/** Complete shot files (final names, not `.part`, not hidden) under the staging folder, by hash. */
export async function stagedHashes(stagingRoot: string): Promise<string[]> {
  const out: string[] = [];
  for (const cam of await readdir(stagingRoot, { withFileTypes: true }).catch(() => [])) {
    if (!cam.isDirectory()) continue;
    for (const dir of [join(stagingRoot, cam.name), join(stagingRoot, cam.name, '.from-client')]) {
      for (const f of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        if (!f.isFile() || f.name.startsWith('.') || f.name.endsWith('.part')) continue;
        // A live studio may import (and delete) it meanwhile: then it is the session's to show.
        const bytes = await readFile(join(dir, f.name)).catch(() => null);
        if (bytes) out.push(sha(bytes));
      }
    }
  }
  return out;
}

/** `.part` files (not hidden) in a folder, with their sizes. */
export async function partsIn(folder: string): Promise<Map<string, number>> {
  const parts = new Map<string, number>();
  for (const f of await readdir(folder).catch(() => [] as string[])) {
    if (f.startsWith('.') || !f.endsWith('.part')) continue;
    const size = await stat(join(folder, f)).then(
      (s) => s.size,
      () => -1,
    );
    if (size >= 0) parts.set(join(folder, f), size);
  }
  return parts;
}

function isWholeJpeg(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0xff && b[1] === 0xd8 && b.at(-2) === 0xff && b.at(-1) === 0xd9;
}

/**
 * Checks the session folder against the index and the expectations: every staged, listed and acknowledged
 * shot exactly once, nothing incomplete under a final name, no duplicate content, no `.part` left.
 */
export async function verifySession(
  folder: string,
  shots: ShotInfo[],
  exp: Expectations,
): Promise<FaultCounts> {
  const counts: FaultCounts = {
    sessionShots: shots.length,
    lost: [],
    duplicates: [],
    partialUnderFinalNames: [],
    leftoverParts: [],
  };
  const byHash = new Map<string, ShotInfo[]>();
  const indexed = new Map(shots.map((s) => [s.fileName, s]));
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (name.startsWith('.')) continue;
    if (name.endsWith('.part')) {
      counts.leftoverParts.push(name);
      continue;
    }
    const bytes = await readFile(join(folder, name));
    const shot = indexed.get(name);
    if (!shot) counts.partialUnderFinalNames.push(`${name}: not in the session index`);
    else if (shot.size !== bytes.length)
      counts.partialUnderFinalNames.push(`${name}: ${bytes.length} of ${shot.size} bytes`);
    else if (/\.jpe?g$/i.test(name) && !isWholeJpeg(bytes))
      counts.partialUnderFinalNames.push(`${name}: truncated JPEG`);
    if (shot) {
      const h = sha(bytes);
      byHash.set(h, [...(byHash.get(h) ?? []), shot]);
    }
  }
  for (const [h, list] of byHash)
    if (list.length > 1)
      counts.duplicates.push(`${list.map((s) => s.fileName).join(' = ')} (${h.slice(0, 8)})`);
  for (const h of exp.staged)
    if ((byHash.get(h)?.length ?? 0) !== 1)
      counts.lost.push(`staged shot ${h.slice(0, 8)} is in the session ${byHash.get(h)?.length ?? 0}×`);
  for (const [id, s] of exp.listed)
    if (!shots.some((x) => x.id === id && x.path === s.path))
      counts.lost.push(`listed shot ${s.fileName} is gone`);
  const pulled = (f: CardFile) => shots.filter((s) => s.originalName === f.name && s.size === f.size).length;
  for (const f of exp.acknowledged.values())
    if (pulled(f) !== 1) counts.lost.push(`acknowledged pull of ${f.name} is in the session ${pulled(f)}×`);
  for (const f of exp.inFlight.values())
    if (pulled(f) > 1) counts.duplicates.push(`in-flight pull of ${f.name} is in the session ${pulled(f)}×`);
  return counts;
}
