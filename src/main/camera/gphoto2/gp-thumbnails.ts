import sharp from 'sharp';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { Gphoto2Api } from './gp-api';
import { kindOf } from './file-kind';
import type { GpLink } from './gp-link';

const WIDTH = { thumbnail: 160, screennail: 1616 } as const;

/** True for a complete JPEG (SOI … EOI). */
export function isJpeg(b: Uint8Array): boolean {
  return (
    b.length > 4 && b[0] === 0xff && b[1] === 0xd8 && b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9
  );
}

/**
 * A thumbnail or screennail for a card file: the camera's own thumbnail (`GP_FILE_TYPE_PREVIEW`) when it has one
 * and it is big enough, else — for JPEGs — the file itself, scaled down here.
 */
export async function cardImage(
  link: GpLink,
  api: Gphoto2Api,
  folder: string,
  name: string,
  kind: 'thumbnail' | 'screennail',
): Promise<Uint8Array> {
  let preview: Uint8Array | null = null;
  try {
    preview = await link.call((cam) => api.getFile(cam, folder, name, 'preview'));
    if (!isJpeg(preview)) preview = null;
  } catch (err) {
    if ((err as TetherError).code === ErrorCode.Disconnected) throw err;
  }
  if (preview && kind === 'thumbnail') return preview;
  if (kindOf(name) !== 'jpeg') {
    if (preview) return preview;
    throw new TetherError(ErrorCode.NotSupported, `the camera has no preview image for ${name}`);
  }
  const full = await link.call((cam) => api.getFile(cam, folder, name, 'normal'));
  const out = await sharp(full, { failOn: 'none' })
    .rotate()
    .resize({ width: WIDTH[kind], height: WIDTH[kind], fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: kind === 'thumbnail' ? 75 : 85 })
    .toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
