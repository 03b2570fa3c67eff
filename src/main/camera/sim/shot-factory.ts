import { exifApp1, exifDate, exposureRational, type ShotExif } from './exif-segment';
import { MPF_APP2_SIZE, mpfApp2 } from './mpf-segment';
import { renderPreview, renderStill, type StillLook } from './scene-renderer';
import { TiffType, buildTiff, type TiffEntry } from './tiff-writer';
import { VirtualFile, bytesPart, jpegPaddingPart, noisePart, zerosPart } from './virtual-file';
import { ErrorCode, TetherError } from '../../../shared/errors';

/**
 * Builds the files of one shot: a full-size JPEG with real EXIF and an ARW-like TIFF container with an
 * embedded preview. Pixels are rendered once per look and cached; per shot only EXIF, the small preview
 * and the layout differ, so a shot is ready well within a second.
 */

/** Everything needed to produce a shot's files, deterministically. */
export interface ShotSpec {
  exif: ShotExif;
  /** Focus blur level, brightness step and JPEG quality of the rendered image. */
  look: Pick<StillLook, 'blur' | 'step' | 'quality'>;
  /** Raw sensor size written into the SubIFD. */
  rawWidth: number;
  rawHeight: number;
  /** Seed for filler bytes. */
  seed: number;
}

const PREVIEW = { width: 1616, height: 1080 };
/** The TIFF header region; the preview JPEG starts right after it. */
const ARW_HEADER_RESERVE = 64 * 1024;
const ARW_RAW_ALIGN = 64 * 1024;

/**
 * The full-size JPEG, with the 1616×1080 preview a body appends after it (listed in an APP2 `MPF` index,
 * as Sony JPEGs have). Without `size` it is exactly the rendered image and its preview; with `size` it is
 * padded to that many bytes with APP15 segments (card files keep the size listed for them) and stays a
 * valid JPEG.
 */
export async function buildJpeg(spec: ShotSpec, size?: number): Promise<VirtualFile> {
  const { width, height } = spec.exif;
  const [body, app1, preview] = await Promise.all([
    renderStill({ width, height, ...spec.look }),
    exifApp1(spec.exif),
    renderPreview({ ...PREVIEW, ...spec.look, quality: 80 }),
  ]);
  const natural = body.length + app1.length + MPF_APP2_SIZE + preview.length;
  const padding = size === undefined ? 0 : size - natural;
  if (padding < 0)
    throw new TetherError(
      ErrorCode.Internal,
      `rendered JPEG (${natural} bytes) exceeds its listed size ${size}`,
    );
  const primarySize = natural - preview.length + padding;
  return new VirtualFile([
    bytesPart(body.subarray(0, 2)),
    bytesPart(app1),
    bytesPart(mpfApp2(app1.length, primarySize, preview.length)),
    jpegPaddingPart(padding, spec.seed),
    bytesPart(body.subarray(2)),
    bytesPart(preview),
  ]);
}

function ascii(tag: number, s: string): TiffEntry {
  return { tag, type: TiffType.ASCII, value: s };
}
function short(tag: number, ...v: number[]): TiffEntry {
  return { tag, type: TiffType.SHORT, value: v };
}
function long(tag: number, ...v: number[]): TiffEntry {
  return { tag, type: TiffType.LONG, value: v };
}
function rational(tag: number, num: number, den: number): TiffEntry {
  return { tag, type: TiffType.RATIONAL, value: [num, den] };
}

function exifEntries(e: ShotExif): TiffEntry[] {
  const date = exifDate(e.capturedAt);
  return [
    rational(0x829a, ...exposureRational(e)),
    rational(0x829d, e.fnumber, 100),
    short(0x8822, e.exposureProgram),
    short(0x8827, Math.min(e.iso, 65535)),
    short(0x8830, 2),
    long(0x8832, e.iso),
    { tag: 0x9000, type: TiffType.UNDEFINED, value: [...Buffer.from('0231')] },
    ascii(0x9003, date),
    ascii(0x9004, date),
    { tag: 0x9204, type: TiffType.SRATIONAL, value: [Math.round(e.biasEv * 10), 10] },
    rational(0x920a, e.focalMm, 1),
    ascii(0xa431, e.serial),
    ascii(0xa434, e.lens),
  ];
}

/** The raw file: `II*\0`, IFD0/IFD1 pointing at a 1616×1080 preview, a raw SubIFD, EXIF, then sensor data. */
export async function buildArw(spec: ShotSpec, size: number): Promise<VirtualFile> {
  const e = spec.exif;
  const preview = await renderPreview({ ...PREVIEW, ...spec.look, quality: 80 });
  const rawOffset = Math.ceil((ARW_HEADER_RESERVE + preview.length) / ARW_RAW_ALIGN) * ARW_RAW_ALIGN;
  const rawLength = size - rawOffset;
  if (rawLength <= 0) throw new TetherError(ErrorCode.Internal, `ARW size ${size} too small`);
  const previewPtr = [long(0x201, ARW_HEADER_RESERVE), long(0x202, preview.length)];
  const previewDims = [long(0x100, PREVIEW.width), long(0x101, PREVIEW.height), short(0x103, 6)];
  const resolution = [rational(0x11a, 350, 1), rational(0x11b, 350, 1), short(0x128, 2)];
  const header = buildTiff(
    [
      {
        // IFD0: as in Sony's ARW, the 1616×1080 preview hangs off IFD0 (PreviewImageStart/Length).
        entries: [
          long(0xfe, 1),
          ...previewDims,
          ascii(0x10f, 'SONY'),
          ascii(0x110, e.model),
          short(0x112, 1),
          ...resolution,
          ascii(0x131, e.firmware),
          ascii(0x132, exifDate(e.capturedAt)),
          { tag: 0x14a, type: TiffType.LONG, value: { ifd: 2 } },
          ...previewPtr,
          { tag: 0x8769, type: TiffType.LONG, value: { ifd: 3 } },
        ],
        next: 1,
      },
      // IFD1 points at the same preview (Sony puts a 160×120 here; the studio's extractor reads IFD1).
      { entries: [long(0xfe, 1), ...previewDims, ...resolution, ...previewPtr] },
      {
        entries: [
          long(0xfe, 0),
          long(0x100, spec.rawWidth),
          long(0x101, spec.rawHeight),
          short(0x102, 12),
          short(0x103, 32767),
          short(0x106, 32803),
          long(0x111, rawOffset),
          short(0x115, 1),
          long(0x116, spec.rawHeight),
          long(0x117, rawLength),
          short(0x11c, 1),
          short(0x828d, 2, 2),
          { tag: 0x828e, type: TiffType.BYTE, value: [0, 1, 1, 2] },
        ],
      },
      { entries: exifEntries(e) },
    ],
    ARW_HEADER_RESERVE,
  );
  return new VirtualFile([
    bytesPart(header),
    bytesPart(preview),
    zerosPart(rawOffset - ARW_HEADER_RESERVE - preview.length),
    noisePart(rawLength, spec.seed),
  ]);
}

/** A movie clip: an `ftyp` box and one large `mdat` box of noise (enough for players to say "MP4"). */
export function buildMovie(size: number, seed: number): VirtualFile {
  const head = Buffer.alloc(40);
  head.writeUInt32BE(24, 0);
  head.write('ftypXAVC', 4, 'latin1');
  head.writeUInt32BE(0x01000000, 12);
  head.write('XAVCmp42', 16, 'latin1');
  head.writeUInt32BE(1, 24);
  head.write('mdat', 28, 'latin1');
  head.writeBigUInt64BE(BigInt(size - 24), 32);
  return new VirtualFile([bytesPart(head), noisePart(size - head.length, seed)]);
}

/** Thumbnail (160×120, letterboxed like Sony's) or screennail (1616×1080) of a shot. */
export function buildContentImage(spec: ShotSpec, kind: 'thumbnail' | 'screennail'): Promise<Buffer> {
  const look = { ...PREVIEW, ...spec.look, quality: 80 };
  return kind === 'thumbnail' ? renderPreview(look, { width: 160, height: 120 }) : renderPreview(look);
}
