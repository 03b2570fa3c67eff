import type { CardFile, CardSlot } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { seedShots } from './card-seed';
import { buildArw, buildContentImage, buildJpeg, buildMovie, type ShotSpec } from './shot-factory';
import type { SimIdentity } from './sim-models';
import type { VirtualFile } from './virtual-file';

/** A card file plus what is needed to regenerate its bytes on demand. */
export interface CardEntry {
  readonly file: CardFile;
  readonly kind: 'jpeg' | 'raw' | 'movie';
  readonly spec: ShotSpec | null;
  /** JPEGs seeded on the card are padded to their listed size; shots taken in the sim are not. */
  readonly padded: boolean;
  readonly seed: number;
}

/** A file to add for a new content. */
export interface NewCardFile {
  kind: 'jpeg' | 'raw';
  size: number;
  padded?: boolean;
}

const FOLDER = 'DCIM/100MSDCF';

/** ISO 8601 local time with offset (`2025-05-01T14:05:12+02:00`). */
export function localIso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}${sign}${p(Math.floor(a / 60))}:${p(a % 60)}`;
}

/**
 * The card in slot 1 (slot 2 is empty). Only metadata is kept; file bytes are generated lazily and
 * deterministically from each entry's spec and seed, so forty 30 MB files cost no memory.
 */
export class VirtualCard {
  private readonly entries: CardEntry[] = [];
  private nextContentId = 1;
  private fileNumber: number;
  private movieNumber = 1;
  /** Fault injection: the card reports full and refuses new shots. */
  full = false;

  constructor(
    private readonly id: SimIdentity,
    now: Date,
  ) {
    this.fileNumber = 1000 + (id.seed % 3000);
    for (const shot of seedShots(id, now)) {
      const files: NewCardFile[] = shot.kinds.map((kind) => ({
        kind,
        size: shot.sizes[kind] as number,
        padded: true,
      }));
      this.addShot(shot.spec, files);
    }
  }

  /** The camera's next DSC file number (shared by a RAW+JPEG pair). */
  takeFileNumber(): number {
    const n = this.fileNumber;
    this.fileNumber = n >= 9999 ? 1 : n + 1;
    return n;
  }

  /** Adds one shot (one content, one file per kind) and returns its files. */
  addShot(spec: ShotSpec, files: NewCardFile[], number = this.takeFileNumber()): CardFile[] {
    const contentId = this.nextContentId++;
    const stem = `DSC${String(number).padStart(5, '0')}`;
    return files.map((f, i) => {
      const name = `${stem}.${f.kind === 'raw' ? 'ARW' : 'JPG'}`;
      const file: CardFile = {
        slot: 1,
        contentId,
        fileId: i + 1,
        path: `${FOLDER}/${name}`,
        name,
        size: f.size,
        width: spec.exif.width,
        height: spec.exif.height,
        createdAt: localIso(spec.exif.capturedAt),
        kind: f.kind,
      };
      this.entries.push({ file, kind: f.kind, spec, padded: f.padded ?? false, seed: spec.seed + i });
      return file;
    });
  }

  /** Adds a movie clip (`PRIVATE/M4ROOT/CLIP/C0001.MP4`). */
  addMovie(size: number, createdAt: Date, name?: string): CardFile {
    const clip = name ?? `C${String(this.movieNumber++).padStart(4, '0')}.MP4`;
    const file: CardFile = {
      slot: 1,
      contentId: this.nextContentId++,
      fileId: 1,
      path: `PRIVATE/M4ROOT/CLIP/${clip}`,
      name: clip,
      size,
      createdAt: localIso(createdAt),
      kind: 'movie',
    };
    this.entries.push({
      file,
      kind: 'movie',
      spec: null,
      padded: false,
      seed: this.id.seed + file.contentId,
    });
    return file;
  }

  /** Files of a slot, oldest first. Slot 2 holds no card, so it lists nothing. */
  list(slot: number): CardFile[] {
    if (slot === 2) return [];
    if (slot !== 1) throw new TetherError(ErrorCode.InvalidArgument, `no slot ${slot}`);
    return this.entries.map((e) => e.file);
  }

  /** One entry; NOT_FOUND when the reference is stale. */
  entry(ref: { slot: number; contentId: number; fileId: number }): CardEntry {
    const e = this.entries.find(
      (x) => x.file.slot === ref.slot && x.file.contentId === ref.contentId && x.file.fileId === ref.fileId,
    );
    if (!e)
      throw new TetherError(ErrorCode.NotFound, `no file ${ref.contentId}/${ref.fileId} in slot ${ref.slot}`);
    return e;
  }

  /** The bytes of an entry (header parts rendered now, filler generated while reading). */
  async open(e: CardEntry): Promise<VirtualFile> {
    const vf =
      e.kind === 'movie' || !e.spec
        ? buildMovie(e.file.size, e.seed)
        : e.kind === 'raw'
          ? await buildArw(e.spec, e.file.size)
          : await buildJpeg(e.spec, e.padded ? e.file.size : undefined);
    if (vf.size !== e.file.size)
      throw new TetherError(
        ErrorCode.Internal,
        `${e.file.name}: generated ${vf.size} bytes, listed ${e.file.size}`,
      );
    return vf;
  }

  /** Thumbnail or screennail of an entry. */
  image(e: CardEntry, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    const spec = e.spec ?? this.entries.find((x) => x.spec)?.spec;
    if (!spec) throw new TetherError(ErrorCode.NotFound, `no image for ${e.file.name}`);
    return buildContentImage(spec, kind);
  }

  /** Bytes used on the card. */
  usedBytes(): number {
    return this.entries.reduce((n, e) => n + e.file.size, 0);
  }

  /** Shots that still fit at `bytesPerShot`. */
  remainingPhotos(bytesPerShot: number): number {
    if (this.full) return 0;
    return Math.max(0, Math.floor((this.id.model.cardBytes - this.usedBytes()) / bytesPerShot));
  }

  /** Movie seconds that still fit at 100 Mbit/s. */
  remainingSeconds(): number {
    if (this.full) return 0;
    return Math.max(0, Math.floor((this.id.model.cardBytes - this.usedBytes()) / 12_500_000));
  }

  /** Slot states as `getCardSlots` reports them. */
  slots(bytesPerShot: number): CardSlot[] {
    return [
      {
        slot: 1,
        status: this.full ? 'full' : 'ok',
        remainingPhotos: this.remainingPhotos(bytesPerShot),
        fileCount: this.entries.length,
      },
      { slot: 2, status: 'none', remainingPhotos: 0, fileCount: 0 },
    ];
  }
}
