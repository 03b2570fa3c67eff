import sharp from 'sharp';

/** The card's storage folder, as a Canon EOS reports it. */
export const STORE = '/store_00020001';
/** Where the body files its shots. */
export const DCIM = `${STORE}/DCIM/100CANON`;
/** Where a shot taken with capturetarget = Internal RAM lives until it is downloaded and deleted. */
export const RAM = '/';

let RAW_BYTES: Uint8Array | null = null;

/** A file on the fake body's card (or in its RAM). */
export interface FakeFile {
  data: Uint8Array;
  mtime: number;
}

const made = new Map<string, Promise<Uint8Array>>();

/** A noisy labelled JPEG, made once per process (fixtures are shared read-only by every fake body). */
export function fixtureJpeg(width: number, height: number, label: string, hue: string): Promise<Uint8Array> {
  const key = `${width}x${height}:${label}:${hue}`;
  let p = made.get(key);
  if (!p) made.set(key, (p = makeJpeg(width, height, label, hue)));
  return p;
}

async function makeJpeg(width: number, height: number, label: string, hue: string): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${hue}"/><text x="20" y="${height / 2}" font-size="${height / 8}" font-family="sans-serif" fill="#fff">${label}</text></svg>`;
  const buf = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  })
    .composite([{ input: Buffer.from(svg) }])
    .jpeg({ quality: 80 })
    .toBuffer();
  return new Uint8Array(buf);
}

/** Puts `count` JPEGs on the card (distinct sizes, one minute apart), the last with a 3 MB CR2 beside it; the next shot number. */
export async function seedCard(files: Map<string, FakeFile>, count: number): Promise<number> {
  for (let i = 1; i <= count; i++) {
    const data = await fixtureJpeg(1200 + i * 40, 800, `IMG_${i}`, '#6b4b35');
    files.set(`${DCIM}/IMG_${String(i).padStart(4, '0')}.JPG`, {
      data,
      mtime: 1_768_471_200 + i * 60,
    });
  }
  // The last shot is RAW+JPEG: a 3 MB CR2 beside its JPEG (one content, two files).
  RAW_BYTES ??= new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
  const raw = RAW_BYTES;
  files.set(`${DCIM}/IMG_${String(count).padStart(4, '0')}.CR2`, {
    data: raw,
    mtime: 1_768_471_200 + count * 60,
  });
  return count + 1;
}
