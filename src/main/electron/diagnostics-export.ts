import { join } from 'node:path';
import type { Studio } from '../app/studio';
import { fileStamp, writeFileAtomic } from '../core/json-file';

/** The file name a diagnostics bundle is offered under. */
export function diagnosticsFileName(now = new Date()): string {
  return `tether-diagnostics-${fileStamp(now)}.json`;
}

/** Where the save dialog starts: the log folder, else the data folder. */
export function diagnosticsDefaultPath(studio: Pick<Studio, 'logDir' | 'options'>, now = new Date()): string {
  return join(studio.logDir ?? studio.options.dataDir, diagnosticsFileName(now));
}

/** Writes the studio's diagnostics bundle (secrets redacted) to `path`, atomically; resolves with the path. */
export async function writeDiagnostics(studio: Pick<Studio, 'diagnostics'>, path: string): Promise<string> {
  const bundle = await studio.diagnostics();
  await writeFileAtomic(path, `${JSON.stringify(bundle, null, 2)}\n`);
  return path;
}
