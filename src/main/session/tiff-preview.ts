import { open, type FileHandle } from 'node:fs/promises';

const TAG_COMPRESSION = 0x0103;
const TAG_STRIP_OFFSETS = 0x0111;
const TAG_STRIP_BYTE_COUNTS = 0x0117;
const TAG_SUB_IFDS = 0x014a;
const TAG_JPEG_OFFSET = 0x0201;
const TAG_JPEG_LENGTH = 0x0202;
const TAG_EXIF_IFD = 0x8769;
const MAX_IFDS = 32;
const MAX_ENTRIES = 1000;

/** Where an embedded JPEG lives inside a TIFF-container file. */
export interface EmbeddedJpeg {
  offset: number;
  length: number;
}

interface Reader {
  fh: FileHandle;
  size: number;
  le: boolean;
}

async function readAt(r: Reader, offset: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await r.fh.read(buf, 0, length, offset);
  if (bytesRead !== length) throw new Error('truncated TIFF');
  return buf;
}

function u16(r: Reader, b: Buffer, at: number): number {
  return r.le ? b.readUInt16LE(at) : b.readUInt16BE(at);
}

function u32(r: Reader, b: Buffer, at: number): number {
  return r.le ? b.readUInt32LE(at) : b.readUInt32BE(at);
}

/** Reads the first value (or the list of values) of one IFD entry: SHORT or LONG only. */
async function entryValues(r: Reader, entry: Buffer): Promise<number[]> {
  const type = u16(r, entry, 2);
  const count = Math.min(u32(r, entry, 4), 64);
  const width = type === 3 ? 2 : type === 4 || type === 13 ? 4 : 0;
  if (width === 0 || count === 0) return [];
  const bytes = width * count;
  const data = bytes <= 4 ? entry.subarray(8, 12) : await readAt(r, u32(r, entry, 8), bytes);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(width === 2 ? u16(r, data, i * 2) : u32(r, data, i * 4));
  return out;
}

/**
 * Finds the largest embedded JPEG in a TIFF-container file (ARW, DNG, TIFF): walks IFD0, its chain,
 * SubIFDs and the EXIF IFD, looking at JPEGInterchangeFormat/Length and single-strip JPEG-compressed
 * images. Returns null when there is none. Offsets are bounds-checked and IFD loops are cut.
 */
export async function findEmbeddedJpeg(path: string): Promise<EmbeddedJpeg | null> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    if (size < 8) return null;
    const head = Buffer.alloc(8);
    await fh.read(head, 0, 8, 0);
    const order = head.toString('latin1', 0, 2);
    if (order !== 'II' && order !== 'MM') return null;
    const r: Reader = { fh, size, le: order === 'II' };
    if (u16(r, head, 2) !== 42) return null;
    const queue = [u32(r, head, 4)];
    const seen = new Set<number>();
    const candidates: EmbeddedJpeg[] = [];
    const consider = (offset: number, length: number) => {
      if (offset > 0 && length > 2 && offset + length <= size) candidates.push({ offset, length });
    };
    while (queue.length > 0 && seen.size < MAX_IFDS) {
      const ifd = queue.shift() as number;
      if (ifd < 8 || ifd + 2 > size || seen.has(ifd)) continue;
      seen.add(ifd);
      const count = u16(r, await readAt(r, ifd, 2), 0);
      if (count === 0 || count > MAX_ENTRIES || ifd + 2 + count * 12 + 4 > size) continue;
      const table = await readAt(r, ifd + 2, count * 12 + 4);
      const tags = new Map<number, Buffer>();
      for (let i = 0; i < count; i++) tags.set(u16(r, table, i * 12), table.subarray(i * 12, i * 12 + 12));
      const first = async (tag: number) =>
        tags.has(tag) ? ((await entryValues(r, tags.get(tag) as Buffer))[0] ?? 0) : 0;
      consider(await first(TAG_JPEG_OFFSET), await first(TAG_JPEG_LENGTH));
      const compression = await first(TAG_COMPRESSION);
      if (compression === 6 || compression === 7) {
        const offsets = tags.has(TAG_STRIP_OFFSETS)
          ? await entryValues(r, tags.get(TAG_STRIP_OFFSETS) as Buffer)
          : [];
        const counts = tags.has(TAG_STRIP_BYTE_COUNTS)
          ? await entryValues(r, tags.get(TAG_STRIP_BYTE_COUNTS) as Buffer)
          : [];
        if (offsets.length === 1 && counts.length === 1) consider(offsets[0], counts[0]);
      }
      for (const tag of [TAG_SUB_IFDS, TAG_EXIF_IFD])
        if (tags.has(tag)) queue.push(...(await entryValues(r, tags.get(tag) as Buffer)));
      const nextIfd = u32(r, table, count * 12);
      if (nextIfd) queue.push(nextIfd);
    }
    candidates.sort((a, b) => b.length - a.length);
    for (const c of candidates) {
      const soi = await readAt(r, c.offset, 2);
      if (soi[0] === 0xff && soi[1] === 0xd8) return c;
    }
    return null;
  } finally {
    await fh.close();
  }
}

/** Reads the largest embedded JPEG of a TIFF-container file, or null. */
export async function readEmbeddedJpeg(path: string): Promise<Buffer | null> {
  const where = await findEmbeddedJpeg(path);
  if (!where) return null;
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(where.length);
    await fh.read(buf, 0, where.length, where.offset);
    return buf;
  } finally {
    await fh.close();
  }
}
