import type { CardFile, CardSlot } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { generateCard, startingFileNumber, type CardItem } from './card-generator';
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

/** Where a shot's files go: DCIM folder number (100–999, `100MSDCF`) and file number (1–9999). */
export interface CardNumber {
  folder: number;
  number: number;
}

/** Options of a card. */
export interface VirtualCardOptions {
  /** Fill the card with about this many files over weeks of shooting instead of the two-session seed. */
  files?: number;
}

const GB = 1_000_000_000;
const refKey = (contentId: number, fileId: number) => `${contentId}/${fileId}`;

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
 * deterministically from each entry's spec and seed, so thousands of 30 MB files cost no memory. Files
 * are numbered like the body numbers them (DCF): DSC0001–9999 in `100MSDCF`, then on in `101MSDCF`.
 */
export class VirtualCard {
  private readonly entries: CardEntry[] = [];
  private readonly byRef = new Map<string, CardEntry>();
  private used = 0;
  private nextContentId = 1;
  private folder = 100;
  private fileNumber: number;
  private movieNumber = 1;
  /** Capacity of the card, bytes (a bigger card when the generated contents need one). */
  readonly capacity: number;
  /** Fault injection: the card reports full and refuses new shots. */
  full = false;

  constructor(
    private readonly id: SimIdentity,
    now: Date,
    options: VirtualCardOptions = {},
  ) {
    const items: CardItem[] = options.files
      ? generateCard(id, now, options.files)
      : seedShots(id, now).map((shot) => ({ type: 'shot', shot }));
    const shots = items.filter((i) => i.type === 'shot').length;
    this.fileNumber = options.files ? startingFileNumber(id, shots) : 1000 + (id.seed % 3000);
    for (const item of items) {
      if (item.type === 'movie') {
        this.addMovie(item.size, item.createdAt);
        continue;
      }
      const { shot } = item;
      const files = shot.kinds.map((kind) => ({ kind, size: shot.sizes[kind] as number, padded: true }));
      this.addShot(shot.spec, files);
    }
    // Someone with weeks of shots on a card uses a card they fit on (with a fifth to spare).
    let capacity = id.model.cardBytes;
    while (this.used > capacity * 0.8) capacity *= 2;
    this.capacity = Math.round(capacity / GB) * GB;
  }

  /** The camera's next folder and DSC file number (shared by a RAW+JPEG pair); 9999 moves to a new folder. */
  takeFileNumber(): CardNumber {
    const taken = { folder: this.folder, number: this.fileNumber };
    if (this.fileNumber >= 9999) {
      this.fileNumber = 1;
      this.folder = this.folder >= 999 ? 100 : this.folder + 1;
    } else this.fileNumber++;
    return taken;
  }

  /** Adds one shot (one content, one file per kind) and returns its files. */
  addShot(spec: ShotSpec, files: NewCardFile[], at: CardNumber = this.takeFileNumber()): CardFile[] {
    const contentId = this.nextContentId++;
    const stem = `DSC${String(at.number).padStart(5, '0')}`;
    return files.map((f, i) => {
      const name = `${stem}.${f.kind === 'raw' ? 'ARW' : 'JPG'}`;
      const file: CardFile = {
        slot: 1,
        contentId,
        fileId: i + 1,
        path: `DCIM/${at.folder}MSDCF/${name}`,
        name,
        size: f.size,
        width: spec.exif.width,
        height: spec.exif.height,
        createdAt: localIso(spec.exif.capturedAt),
        kind: f.kind,
      };
      this.push({ file, kind: f.kind, spec, padded: f.padded ?? false, seed: spec.seed + i });
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
    this.push({ file, kind: 'movie', spec: null, padded: false, seed: this.id.seed + file.contentId });
    return file;
  }

  private push(e: CardEntry): void {
    this.entries.push(e);
    this.byRef.set(refKey(e.file.contentId, e.file.fileId), e);
    this.used += e.file.size;
  }

  /** Files of a slot, oldest first. Slot 2 holds no card, so it lists nothing. */
  list(slot: number): CardFile[] {
    if (slot === 2) return [];
    if (slot !== 1) throw new TetherError(ErrorCode.InvalidArgument, `no slot ${slot}`);
    return this.entries.map((e) => e.file);
  }

  /** One entry; NOT_FOUND when the reference is stale. */
  entry(ref: { slot: number; contentId: number; fileId: number }): CardEntry {
    const e = ref.slot === 1 ? this.byRef.get(refKey(ref.contentId, ref.fileId)) : undefined;
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
    // A movie's thumbnail is a frame of the set: the look of the first shot on the card.
    const spec = e.spec ?? this.firstSpec();
    if (!spec) throw new TetherError(ErrorCode.NotFound, `no image for ${e.file.name}`);
    return buildContentImage(spec, kind);
  }

  private firstSpec(): ShotSpec | null {
    for (const x of this.entries) if (x.spec) return x.spec;
    return null;
  }

  /** Bytes used on the card. */
  usedBytes(): number {
    return this.used;
  }

  /** Shots that still fit at `bytesPerShot`. */
  remainingPhotos(bytesPerShot: number): number {
    if (this.full) return 0;
    return Math.max(0, Math.floor((this.capacity - this.used) / bytesPerShot));
  }

  /** Movie seconds that still fit at 100 Mbit/s. */
  remainingSeconds(): number {
    if (this.full) return 0;
    return Math.max(0, Math.floor((this.capacity - this.used) / 12_500_000));
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
