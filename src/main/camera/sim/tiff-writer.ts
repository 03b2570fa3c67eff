/**
 * A small little-endian TIFF directory writer: enough to lay out an ARW-like container (IFD0 with the
 * preview, IFD1, a raw SubIFD and the Exif IFD) whose offsets point at data placed after the header.
 */

/** TIFF field types used here. */
export const TiffType = {
  BYTE: 1,
  ASCII: 2,
  SHORT: 3,
  LONG: 4,
  RATIONAL: 5,
  UNDEFINED: 7,
  SRATIONAL: 10,
} as const;
type TiffTypeCode = (typeof TiffType)[keyof typeof TiffType];

const TYPE_SIZE: Record<TiffTypeCode, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 10: 8 };

/** One directory entry. Rationals are `[num, den, …]`; `{ ifd: i }` is the offset of directory `i`. */
export interface TiffEntry {
  tag: number;
  type: TiffTypeCode;
  value: number[] | string | { ifd: number };
}

/** One directory; `next` is the index of the directory chained after it (IFD0 → IFD1). */
export interface TiffIfd {
  entries: TiffEntry[];
  next?: number;
}

function valueCount(e: TiffEntry): number {
  if (typeof e.value === 'string') return Buffer.byteLength(e.value, 'latin1') + 1;
  if (!Array.isArray(e.value)) return 1;
  return e.type === TiffType.RATIONAL || e.type === TiffType.SRATIONAL ? e.value.length / 2 : e.value.length;
}

function encodeValue(e: TiffEntry, ifdOffsets: number[]): Buffer {
  const count = valueCount(e);
  const buf = Buffer.alloc(count * TYPE_SIZE[e.type]);
  if (typeof e.value === 'string') {
    buf.write(e.value, 0, 'latin1');
    return buf;
  }
  const values = Array.isArray(e.value) ? e.value : [ifdOffsets[e.value.ifd]];
  values.forEach((v, i) => {
    switch (e.type) {
      case TiffType.BYTE:
      case TiffType.UNDEFINED:
        buf.writeUInt8(v, i);
        break;
      case TiffType.SHORT:
        buf.writeUInt16LE(v, i * 2);
        break;
      case TiffType.LONG:
      case TiffType.RATIONAL:
        buf.writeUInt32LE(v >>> 0, i * 4);
        break;
      case TiffType.SRATIONAL:
        buf.writeInt32LE(v, i * 4);
        break;
    }
  });
  return buf;
}

/**
 * Lays out `II*\0`, the directories (IFD0 first) and their out-of-line values, and returns the bytes.
 * Callers point offsets (`JPEGInterchangeFormat`, `StripOffsets`) at data placed after `reserve` bytes;
 * the result is zero-filled up to `reserve` so those offsets stay fixed.
 */
export function buildTiff(ifds: TiffIfd[], reserve: number): Buffer {
  const sorted = ifds.map((d) => ({ ...d, entries: [...d.entries].sort((a, b) => a.tag - b.tag) }));
  const ifdOffsets: number[] = [];
  let pos = 8;
  for (const d of sorted) {
    ifdOffsets.push(pos);
    pos += 2 + d.entries.length * 12 + 4;
  }
  let dataPos = pos;
  const out = Buffer.alloc(reserve);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(ifdOffsets[0], 4);
  sorted.forEach((d, i) => {
    let at = ifdOffsets[i];
    out.writeUInt16LE(d.entries.length, at);
    at += 2;
    for (const e of d.entries) {
      const value = encodeValue(e, ifdOffsets);
      out.writeUInt16LE(e.tag, at);
      out.writeUInt16LE(e.type, at + 2);
      out.writeUInt32LE(valueCount(e), at + 4);
      if (value.length <= 4) value.copy(out, at + 8);
      else {
        if (dataPos + value.length > reserve) throw new Error('TIFF header exceeds its reserved space');
        out.writeUInt32LE(dataPos, at + 8);
        value.copy(out, dataPos);
        dataPos += value.length + (value.length & 1);
      }
      at += 12;
    }
    out.writeUInt32LE(d.next === undefined ? 0 : ifdOffsets[d.next], at);
  });
  return out;
}
