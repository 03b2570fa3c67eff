import type { ShotInfo } from './studio-types';

/** A file name without its extension (`A_0001.ARW` → `A_0001`). */
function stem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The key two files of one picture share: session, camera, sequence number and base name. */
function pairKey(s: Pick<ShotInfo, 'sessionId' | 'cameraId' | 'seq' | 'fileName'>): string {
  return `${s.sessionId}\u0000${s.cameraId}\u0000${s.seq}\u0000${stem(s.fileName)}`;
}

/**
 * True when two shots are one picture saved twice (RAW+JPEG): same session, camera, sequence number and
 * base name, different files. Ratings, labels and picks apply to both.
 */
export function isPair(a: ShotInfo, b: ShotInfo): boolean {
  return a.id !== b.id && a.kind !== b.kind && pairKey(a) === pairKey(b);
}

/** A filmstrip tile: one shot, or a RAW+JPEG pair shown as one picture. */
export interface ShotTile {
  /** The lead shot's id (the tile's identity: selection, ratings and compare use it). */
  id: string;
  /** The file shown: the JPEG (or HEIF) of a pair, whose preview is the picture the camera made. */
  shot: ShotInfo;
  /** The other file of a pair (the RAW), or null. */
  partner: ShotInfo | null;
}

const leads = (s: ShotInfo) => s.kind === 'jpeg' || s.kind === 'heif';

/** Groups shots into tiles, in the list's order (a pair sits where its first file does). */
export function pairShots(shots: readonly ShotInfo[]): ShotTile[] {
  const tiles: ShotTile[] = [];
  const byKey = new Map<string, ShotTile>();
  for (const shot of shots) {
    const key = pairKey(shot);
    const tile = shot.kind === 'movie' || shot.kind === 'other' ? undefined : byKey.get(key);
    if (tile && !tile.partner && tile.shot.kind !== shot.kind) {
      // The JPEG leads whichever arrived first.
      if (leads(shot) && !leads(tile.shot)) {
        tile.partner = tile.shot;
        tile.shot = shot;
        tile.id = shot.id;
      } else tile.partner = shot;
      continue;
    }
    const fresh: ShotTile = { id: shot.id, shot, partner: null };
    tiles.push(fresh);
    if (!byKey.has(key)) byKey.set(key, fresh);
  }
  return tiles;
}

/** The index of the tile holding shot `id` (either file of a pair), or -1. */
export function tileIndexOf(tiles: readonly ShotTile[], id: string | null): number {
  if (!id) return -1;
  return tiles.findIndex((t) => t.id === id || t.partner?.id === id);
}
