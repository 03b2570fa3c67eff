import { ExifTool } from 'exiftool-vendored';
import { afterAll } from 'vitest';

/**
 * For a suite that checks ratings in XMP sidecars: returns a reader of a sidecar's `Rating` (undefined
 * while the file is missing or has none) and ends its ExifTool process after the suite.
 */
export function sidecarRatings(): (file: string) => Promise<number | undefined> {
  const exiftool = new ExifTool({ maxProcs: 1 });
  afterAll(() => exiftool.end());
  return async (file) => ((await exiftool.read(file).catch(() => ({}))) as { Rating?: number }).Rating;
}
