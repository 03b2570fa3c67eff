// Renders build/icon.svg to the PNGs electron-builder needs (it converts them to .icns/.ico itself).
// Run after editing the SVG: `node build/make-icons.mjs`. The PNGs are committed so `npm run dist` needs nothing else.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const svg = join(here, 'icon.svg');
const sizes = [16, 32, 48, 64, 128, 256, 512];

await mkdir(join(here, 'icons'), { recursive: true });
await sharp(svg, { density: 144 })
  .resize(512, 512)
  .png({ compressionLevel: 9 })
  .toFile(join(here, 'icon.png'));
for (const size of sizes) {
  await sharp(svg, { density: 144 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(join(here, 'icons', `${size}x${size}.png`));
}
process.stdout.write(`icons written: icon.png (512) and icons/{${sizes.join(',')}}\n`);
