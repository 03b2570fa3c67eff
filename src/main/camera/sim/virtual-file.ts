/**
 * A file whose bytes are produced on demand from a few parts: real header bytes (EXIF, TIFF, preview
 * JPEG) followed by deterministic filler taken from one shared, immutable noise block. Reading never
 * allocates per chunk (parts hand out views), so multi-gigabyte files cost no memory.
 */

const NOISE_SIZE = 4 * 1024 * 1024;
const ZERO_SIZE = 1024 * 1024;
const MAX_APP_SEGMENT = 65537; // FF xx + 2-byte length + 65533 payload bytes

let noiseBlock: Buffer | null = null;
const zeroBlock = Buffer.alloc(ZERO_SIZE);

/** The shared noise block: deterministic across processes, so a resumed pull gets the same bytes. */
export function noise(): Buffer {
  if (!noiseBlock) {
    const b = Buffer.alloc(NOISE_SIZE);
    let s = 0x2545f491;
    for (let i = 0; i < NOISE_SIZE; i += 4) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      b.writeInt32LE(s | 0, i);
    }
    noiseBlock = b;
  }
  return noiseBlock;
}

/** One run of bytes inside a virtual file. */
export interface FilePart {
  readonly length: number;
  /** Views (never copies of big data) covering `[from, from + len)` of this part. */
  read(from: number, len: number): Buffer[];
}

/** Real bytes (headers, previews). */
export function bytesPart(data: Buffer): FilePart {
  return { length: data.length, read: (from, len) => [data.subarray(from, from + len)] };
}

function cyclic(block: Buffer, start: number, from: number, len: number): Buffer[] {
  const out: Buffer[] = [];
  let p = (start + from) % block.length;
  let left = len;
  while (left > 0) {
    const n = Math.min(left, block.length - p);
    out.push(block.subarray(p, p + n));
    left -= n;
    p = 0;
  }
  return out;
}

/** Zero filler (TIFF gaps). */
export function zerosPart(length: number): FilePart {
  return { length, read: (from, len) => cyclic(zeroBlock, 0, from, len) };
}

/** Noise filler starting at a seed-dependent offset of the noise block (raw sensor data, movie frames). */
export function noisePart(length: number, seed: number): FilePart {
  const start = (seed >>> 0) % NOISE_SIZE;
  return { length, read: (from, len) => cyclic(noise(), start, from, len) };
}

/**
 * Filler that keeps a JPEG valid: APP15 segments of noise (each at most 64 KiB), and 1–3 leading 0xFF
 * fill bytes when the length is not a multiple the segments can take (T.81 allows fill before a marker).
 */
export function jpegPaddingPart(length: number, seed: number): FilePart {
  const fill = length % MAX_APP_SEGMENT < 4 ? length % MAX_APP_SEGMENT : 0;
  const segments: number[] = [];
  for (let left = length - fill; left > 0; left -= Math.min(left, MAX_APP_SEGMENT))
    segments.push(Math.min(left, MAX_APP_SEGMENT));
  const start = (seed >>> 0) % NOISE_SIZE;
  const ff = Buffer.alloc(3, 0xff);
  const headers = new Map<number, Buffer>();
  const header = (size: number) => {
    let h = headers.get(size);
    if (!h) {
      h = Buffer.from([0xff, 0xef, ((size - 2) >> 8) & 0xff, (size - 2) & 0xff]);
      headers.set(size, h);
    }
    return h;
  };
  return {
    length,
    read(from, len) {
      const out: Buffer[] = [];
      let pos = from;
      const end = from + len;
      if (pos < fill) {
        out.push(ff.subarray(pos, Math.min(fill, end)));
        pos = Math.min(fill, end);
      }
      let segStart = fill;
      for (const size of segments) {
        if (pos >= end) break;
        const segEnd = segStart + size;
        if (pos < segEnd) {
          const inSeg = pos - segStart;
          if (inSeg < 4) {
            const h = header(size).subarray(inSeg, Math.min(4, inSeg + end - pos));
            out.push(h);
            pos += h.length;
          }
          if (pos < end && pos < segEnd) {
            const n = Math.min(end, segEnd) - pos;
            out.push(...cyclic(noise(), start, pos, n));
            pos += n;
          }
        }
        segStart = segEnd;
      }
      return out;
    },
  };
}

/** A file made of parts. */
export class VirtualFile {
  /** Total size in bytes. */
  readonly size: number;

  constructor(private readonly parts: FilePart[]) {
    this.size = parts.reduce((n, p) => n + p.length, 0);
  }

  /** Views covering `[from, from + len)`, clipped to the file. */
  read(from: number, len: number): Buffer[] {
    const out: Buffer[] = [];
    let pos = from;
    const end = Math.min(this.size, from + len);
    let partStart = 0;
    for (const part of this.parts) {
      const partEnd = partStart + part.length;
      if (pos < partEnd && pos < end) {
        const n = Math.min(end, partEnd) - pos;
        out.push(...part.read(pos - partStart, n));
        pos += n;
      }
      partStart = partEnd;
      if (pos >= end) break;
    }
    return out;
  }

  /** The whole file as one buffer (tests and small files only). */
  toBuffer(): Buffer {
    return Buffer.concat(this.read(0, this.size));
  }
}
