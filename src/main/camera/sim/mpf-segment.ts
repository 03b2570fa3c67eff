/**
 * The APP2 `MPF` segment a Sony body writes into its JPEGs (CIPA DC-007 Multi-Picture Format): an index
 * of two images, the primary image and a 1616×1080 "large thumbnail" appended after the primary's EOI.
 * Little-endian TIFF layout: header, one MP index IFD (version, number of images, MP entry list), the
 * two 16-byte MP entries. Offsets of the second image count from the TIFF header.
 */

/** Bytes of the segment, marker and length included. */
export const MPF_APP2_SIZE = 90;

/** MP entry attribute: representative image, JPEG, baseline MP primary image. */
const PRIMARY = 0x20030000;
/** MP entry attribute: JPEG, large thumbnail (full-HD equivalent). */
const LARGE_THUMBNAIL = 0x00010002;

/**
 * The APP2 segment for a file laid out as [SOI][APP1 of `app1Size` bytes][this segment]…[EOI][preview]:
 * the primary image is `primarySize` bytes (SOI to EOI), the preview `previewSize` bytes right after it.
 */
export function mpfApp2(app1Size: number, primarySize: number, previewSize: number): Buffer {
  const b = Buffer.alloc(MPF_APP2_SIZE);
  b.writeUInt16BE(0xffe2, 0);
  b.writeUInt16BE(MPF_APP2_SIZE - 2, 2);
  b.write('MPF\0', 4, 'latin1');
  const tiff = 8;
  // Where the TIFF header sits in the file: after SOI, APP1, this marker and length, and "MPF\0".
  const tiffInFile = 2 + app1Size + tiff;
  b.write('II', tiff, 'latin1');
  b.writeUInt16LE(42, tiff + 2);
  b.writeUInt32LE(8, tiff + 4);
  let at = tiff + 8;
  b.writeUInt16LE(3, at);
  at += 2;
  const entry = (tag: number, type: number, count: number, value: (o: number) => void) => {
    b.writeUInt16LE(tag, at);
    b.writeUInt16LE(type, at + 2);
    b.writeUInt32LE(count, at + 4);
    value(at + 8);
    at += 12;
  };
  const listOffset = 8 + 2 + 3 * 12 + 4;
  entry(0xb000, 7, 4, (o) => b.write('0100', o, 'latin1'));
  entry(0xb001, 4, 1, (o) => b.writeUInt32LE(2, o));
  entry(0xb002, 7, 32, (o) => b.writeUInt32LE(listOffset, o));
  b.writeUInt32LE(0, at); // no MP attribute IFD
  const list = tiff + listOffset;
  b.writeUInt32LE(PRIMARY, list);
  b.writeUInt32LE(primarySize, list + 4);
  b.writeUInt32LE(0, list + 8);
  b.writeUInt32LE(LARGE_THUMBNAIL, list + 16);
  b.writeUInt32LE(previewSize, list + 20);
  b.writeUInt32LE(primarySize - tiffInFile, list + 24);
  return b;
}
