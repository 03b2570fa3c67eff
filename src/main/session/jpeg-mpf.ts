import { open, type FileHandle } from 'node:fs/promises';
import { sharp } from '../imaging/sharp-runtime';

/**
 * The large preview a camera stores inside its JPEGs (CIPA DC-007 Multi-Picture Format): an APP2 `MPF`
 * segment in the primary image lists the images of the file, and Sony bodies append a 1616×1080 "large
 * thumbnail" after the primary image's EOI. A filmstrip thumbnail made from it decodes ~0.3 MB instead of a
 * 24–61 MP image.
 */

/** Where a JPEG's MPF preview lies in its file (absolute byte range). */
export interface MpfRange {
  offset: number;
  size: number;
}

const APP2 = 0xe2;
const SOS = 0xda;
const MP_ENTRY = 0xb002;
/** MP type codes of the large thumbnails (VGA and full-HD equivalent). */
const LARGE_THUMBNAILS = new Set([0x010001, 0x010002]);
/** How much of the file head is read to find the MPF segment (it sits among the first APP segments). */
const HEAD_BYTES = 256 * 1024;

/**
 * Finds the MPF large thumbnail in a JPEG's head (`head` = the file's first bytes; `fileSize` bounds the
 * answer). Null when there is none or the segment is malformed: the caller then uses the image itself.
 */
export function findMpfPreview(head: Buffer, fileSize = head.length): MpfRange | null {
  if (head.length < 4 || head[0] !== 0xff || head[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= head.length && head[at] === 0xff) {
    const marker = head[at + 1];
    if (marker === SOS) return null;
    const length = head.readUInt16BE(at + 2);
    const data = at + 4;
    if (marker === APP2 && length >= 16 && head.toString('latin1', data, data + 4) === 'MPF\0')
      return mpIndex(head, data + 4, Math.min(head.length, at + 2 + length), fileSize);
    at += 2 + length;
  }
  return null;
}

/** Parses the MP index IFD whose TIFF header starts at `tiff`; entries beyond `end` are malformed. */
function mpIndex(buf: Buffer, tiff: number, end: number, fileSize: number): MpfRange | null {
  const order = buf.toString('latin1', tiff, tiff + 2);
  if (order !== 'II' && order !== 'MM') return null;
  const le = order === 'II';
  const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const inSegment = (o: number, n: number) => o >= tiff && o + n <= end;
  const ifd = tiff + u32(tiff + 4);
  if (!inSegment(ifd, 2)) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (!inSegment(entry, 12)) return null;
    if (u16(entry) !== MP_ENTRY) continue;
    const bytes = u32(entry + 4);
    const list = tiff + u32(entry + 8);
    if (bytes % 16 !== 0 || !inSegment(list, bytes)) return null;
    for (let k = 1; k < bytes / 16; k++) {
      const e = list + k * 16;
      const attribute = u32(e);
      const isJpeg = ((attribute >>> 24) & 0x7) === 0;
      if (!isJpeg || !LARGE_THUMBNAILS.has(attribute & 0xffffff)) continue;
      const size = u32(e + 4);
      const offset = tiff + u32(e + 8);
      if (size > 4 && offset > tiff && offset + size <= fileSize) return { offset, size };
    }
    return null;
  }
  return null;
}

/** The MPF preview of a JPEG held in memory, or null. */
export function mpfPreviewOf(jpeg: Buffer): Buffer | null {
  const range = findMpfPreview(jpeg);
  return range ? startsAsJpeg(jpeg.subarray(range.offset, range.offset + range.size)) : null;
}

/** A JPEG file's head and its MPF preview (null when it has none), read through an open handle. */
async function headAndPreview(file: FileHandle): Promise<{ head: Buffer; preview: Buffer | null }> {
  const { size } = await file.stat();
  const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
  await file.read(head, 0, head.length, 0);
  const range = findMpfPreview(head, size);
  if (!range) return { head, preview: null };
  const out = Buffer.alloc(range.size);
  const { bytesRead } = await file.read(out, 0, range.size, range.offset);
  return { head, preview: bytesRead === range.size ? startsAsJpeg(out) : null };
}

/** The MPF preview of a JPEG file, reading only its head and the preview's bytes; null when it has none. */
export async function readMpfPreview(path: string): Promise<Buffer | null> {
  const file = await open(path, 'r');
  try {
    return (await headAndPreview(file)).preview;
  } finally {
    await file.close();
  }
}

function startsAsJpeg(b: Buffer): Buffer | null {
  return b.length > 4 && b[0] === 0xff && b[1] === 0xd8 ? b : null;
}

/** Rotation (degrees clockwise) for the EXIF orientations a camera writes; mirrored ones are not here. */
const ROTATION: Record<number, number> = { 1: 0, 3: 180, 6: 90, 8: 270 };

/** What a thumbnail is made from: the input, and the rotation to apply (null: the input's own EXIF). */
export interface ThumbnailInput {
  input: Buffer | string;
  rotate: number | null;
}

/**
 * `preview` turned by the primary image's EXIF orientation, read from `primary` (its bytes, its head or its
 * path); null without a preview, or when the turn is unknown or mirrored (then the image itself is the input).
 */
async function turned(preview: Buffer | null, primary: Buffer | string): Promise<ReadThumbnailInput | null> {
  if (!preview) return null;
  const meta = await sharp(primary, { failOn: 'none' })
    .metadata()
    .catch(() => null);
  const rotate = meta ? ROTATION[meta.orientation ?? 1] : undefined;
  return rotate === undefined ? null : { input: preview, rotate };
}

/**
 * The cheapest good input for a thumbnail of a JPEG (bytes or path): its MPF preview, turned by the
 * primary image's orientation (the preview may carry none), else the JPEG itself.
 */
export async function thumbnailInput(jpeg: Buffer | string): Promise<ThumbnailInput> {
  const preview =
    typeof jpeg === 'string' ? await readMpfPreview(jpeg).catch(() => null) : mpfPreviewOf(jpeg);
  return (await turned(preview, jpeg)) ?? { input: jpeg, rotate: null };
}

/** A thumbnail's input held in memory. */
export interface ReadThumbnailInput extends ThumbnailInput {
  input: Buffer;
}

/**
 * A thumbnail's input read into memory now, through one open handle, from a file that may be removed a moment
 * later (a staged shot): its MPF preview and turn (a few hundred KB read, not the whole 10–40 MB), else the
 * whole JPEG. Throws when the file cannot be read.
 */
export async function readThumbnailInput(path: string): Promise<ReadThumbnailInput> {
  const file = await open(path, 'r');
  try {
    const { head, preview } = await headAndPreview(file);
    // The EXIF orientation is in the head (sharp reads a header from a truncated JPEG).
    return (await turned(preview, head)) ?? { input: await file.readFile(), rotate: null };
  } finally {
    await file.close();
  }
}
