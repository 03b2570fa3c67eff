import sharp from 'sharp';

/** Mean brightness (0..255, gamma-encoded luma) of a JPEG, from a small greyscale copy. */
export async function meanBrightness(jpeg: Uint8Array): Promise<number> {
  const { data } = await sharp(jpeg).resize(96, 96, { fit: 'inside' }).greyscale().raw().toBuffer({
    resolveWithObject: true,
  });
  let sum = 0;
  for (const v of data) sum += v;
  return data.length > 0 ? sum / data.length : 0;
}

/**
 * How many EV an image must gain to reach `target` brightness: gamma-encoded values are linearised
 * (γ 2.2) first, so the answer is in exposure stops. Black images are treated as 1/255.
 */
export function evError(measured: number, target: number): number {
  const lin = (v: number) => Math.pow(Math.max(1, Math.min(255, v)) / 255, 2.2);
  return Math.log2(lin(target) / lin(measured));
}
