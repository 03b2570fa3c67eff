import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { simIdentity } from './sim-models';
import { VirtualCard } from './virtual-card';
import { VirtualFile, bytesPart, jpegPaddingPart } from './virtual-file';

const now = new Date(2025, 4, 2, 15, 30, 0);
const day = (iso: string) => iso.slice(0, 10);

describe('virtual card', () => {
  it('starts with ~40 shots from yesterday and today, pairs sharing a number and content', () => {
    const card = new VirtualCard(simIdentity(0), now);
    const files = card.list(1);
    const contents = new Set(files.map((f) => f.contentId));
    expect(contents.size).toBeGreaterThanOrEqual(38);
    expect(contents.size).toBeLessThanOrEqual(42);
    expect(new Set(files.map((f) => day(f.createdAt)))).toEqual(new Set(['2025-05-01', '2025-05-02']));
    expect(files.every((f) => Date.parse(f.createdAt) <= now.getTime())).toBe(true);
    expect(files.every((f) => /^DCIM\/100MSDCF\/DSC\d{5}\.(JPG|ARW)$/.test(f.path))).toBe(true);
    const pairs = [...contents]
      .map((c) => files.filter((f) => f.contentId === c))
      .filter((g) => g.length === 2);
    expect(pairs.length).toBeGreaterThan(5);
    for (const [a, b] of pairs) expect(a.name.slice(0, 8)).toBe(b.name.slice(0, 8));
    const raw = files.filter((f) => f.kind === 'raw');
    expect(Math.min(...raw.map((f) => f.size))).toBeGreaterThan(25_000_000);
    expect(card.list(2)).toEqual([]);
    expect(card.slots(10_000_000)[1]).toMatchObject({ status: 'none', fileCount: 0 });
  });

  it('is the same card every time for the same body, different for another body', () => {
    const a = new VirtualCard(simIdentity(0), now).list(1);
    expect(new VirtualCard(simIdentity(0), now).list(1)).toEqual(a);
    expect(new VirtualCard(simIdentity(2), now).list(1).map((f) => f.size)).not.toEqual(a.map((f) => f.size));
  });

  it('generates a seeded JPEG of exactly its listed size that decodes with EXIF', async () => {
    const card = new VirtualCard(simIdentity(0), now);
    const file = card.list(1).find((f) => f.kind === 'jpeg');
    if (!file) throw new Error('no JPEG on the card');
    const entry = card.entry(file);
    const bytes = (await card.open(entry)).toBuffer();
    expect(bytes.length).toBe(file.size);
    expect((await card.open(entry)).toBuffer().equals(bytes)).toBe(true);
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height]).toEqual([6000, 4000]);
    const exif = await exifr.parse(bytes);
    expect(exif.Model).toBe('ILCE-7M4');
    expect((exif.DateTimeOriginal as Date).getTime()).toBe(Date.parse(file.createdAt));
  });

  it('renders a thumbnail of a seeded RAW file', async () => {
    const card = new VirtualCard(simIdentity(0), now);
    const raw = card.list(1).find((f) => f.kind === 'raw');
    if (!raw) throw new Error('no RAW on the card');
    const meta = await sharp(await card.image(card.entry(raw), 'thumbnail')).metadata();
    expect([meta.width, meta.height]).toEqual([160, 120]);
  });

  it('rejects stale references', () => {
    const card = new VirtualCard(simIdentity(0), now);
    expect(() => card.entry({ slot: 1, contentId: 9999, fileId: 1 })).toThrow(/no file/);
  });
});

describe('JPEG padding', () => {
  it.each([0, 1, 3, 4, 5, 65_537, 65_538, 65_540, 131_074, 200_001])(
    'keeps the segment structure valid for %i bytes',
    (length) => {
      const pad = jpegPaddingPart(length, 9);
      const file = new VirtualFile([
        bytesPart(Buffer.from([0xff, 0xd8])),
        pad,
        bytesPart(Buffer.from([0xff, 0xd9])),
      ]);
      const buf = file.toBuffer();
      expect(buf.length).toBe(length + 4);
      // Walk the markers: fill bytes, then APP15 segments, then EOI.
      let i = 2;
      while (buf[i] === 0xff && buf[i + 1] === 0xff) i++;
      while (buf[i + 1] === 0xef) i += 2 + buf.readUInt16BE(i + 2);
      expect([buf[i], buf[i + 1], i + 2]).toEqual([0xff, 0xd9, buf.length]);
      // Any slice reads the same bytes as the whole.
      const from = Math.floor(length / 3);
      expect(Buffer.concat(pad.read(from, Math.min(70_000, length - from)))).toEqual(
        buf.subarray(2 + from, 2 + from + Math.min(70_000, length - from)),
      );
    },
  );
});
