import { sharp } from '../../imaging/sharp-runtime';
import { svgText } from './scene-svg';

/**
 * The info strip drawn into every live-view frame (`#000123  1/125  F5.6  ISO 800  +0.0EV`): a darkened
 * band with monospaced text. Glyphs are rasterised once into an atlas and blitted per frame, so a frame
 * costs no SVG rendering.
 */

/** Strip position and size in the 1024×680 frame. */
export const STRIP = { left: 8, top: 646, width: 440, height: 26 } as const;

const FIRST = 32;
const LAST = 126;
const CELL = 12;
/** DejaVu Sans Mono advances 0.602 em; at 15 px that is 9.03 px. */
const ADVANCE = 9.03;
const TEXT_X = 8;
/** Background darkening: the strip is black at 55 % opacity. */
const KEEP = 0.45;

let atlasPromise: Promise<Uint8Array> | null = null;

/** Alpha of every printable ASCII glyph, one CELL-wide column each, STRIP.height tall. */
function atlas(): Promise<Uint8Array> {
  atlasPromise ??= (async () => {
    const count = LAST - FIRST + 1;
    let texts = '';
    for (let c = FIRST; c <= LAST; c++) {
      texts += `<text x="${(c - FIRST) * CELL}" y="18" font-family="DejaVu Sans Mono, monospace" font-size="15" fill="#fff">${svgText(String.fromCharCode(c))}</text>`;
    }
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${count * CELL}" height="${STRIP.height}">${texts}</svg>`;
    const rgba = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
    const alpha = new Uint8Array(count * CELL * STRIP.height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3];
    return alpha;
  })();
  return atlasPromise;
}

/** Loads the glyphs (first frame). */
export function prepareStrip(): Promise<unknown> {
  return atlas();
}

/** Draws the strip with `text` into an RGB frame `width` pixels wide, in place. */
export async function drawStrip(frame: Buffer, width: number, text: string): Promise<void> {
  const glyphs = await atlas();
  const atlasWidth = (LAST - FIRST + 1) * CELL;
  for (let y = 0; y < STRIP.height; y++) {
    let d = ((STRIP.top + y) * width + STRIP.left) * 3;
    for (let x = 0; x < STRIP.width * 3; x++, d++) frame[d] = frame[d] * KEEP;
  }
  for (let k = 0; k < text.length; k++) {
    let code = text.charCodeAt(k);
    if (code < FIRST || code > LAST) code = 63; // '?'
    if (code === 32) continue;
    const gx = (code - FIRST) * CELL;
    const x0 = STRIP.left + TEXT_X + Math.round(k * ADVANCE);
    for (let y = 0; y < STRIP.height; y++) {
      for (let x = 0; x < CELL && x0 + x < STRIP.left + STRIP.width; x++) {
        const a = glyphs[y * atlasWidth + gx + x];
        if (a === 0) continue;
        const d = ((STRIP.top + y) * width + x0 + x) * 3;
        for (let c = 0; c < 3; c++) frame[d + c] += ((255 - frame[d + c]) * a) / 255;
      }
    }
  }
}
