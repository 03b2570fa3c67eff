import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The app version from the nearest `tether-studio` package.json above this module ('0.0.0' if none). */
export function appVersion(): string {
  if (cached) return cached;
  cached = '0.0.0';
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === 'tether-studio' && pkg.version) {
          cached = pkg.version;
          break;
        }
      } catch {
        // Not here; look one level up.
      }
      dir = dirname(dir);
    }
  } catch {
    // No file URL (unusual bundling): keep the fallback.
  }
  return cached;
}
