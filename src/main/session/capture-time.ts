import exifr from 'exifr';

/**
 * The camera's wall-clock second of a capture time, `YYYY-MM-DDTHH:MM:SS`, from a card listing's ISO time
 * (with or without an offset) or an EXIF `DateTimeOriginal` (`YYYY:MM:DD HH:MM:SS`); undefined otherwise.
 * Both come from the body's clock, so they compare without any time zone.
 */
export function wallClockSecond(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4})[-:](\d{2})[-:](\d{2})[T ](\d{2}):(\d{2}):(\d{2})/.exec(value.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}` : undefined;
}

/**
 * The capture time recorded in a shot file's EXIF (JPEG, ARW/TIFF, HEIF), as {@link wallClockSecond};
 * undefined when the file has none or cannot be read (a movie, a damaged file): the shot is still imported.
 */
export async function readCaptureTime(path: string): Promise<string | undefined> {
  try {
    const tags = (await exifr.parse(path, {
      pick: ['DateTimeOriginal', 'CreateDate'],
      reviveValues: false,
    })) as { DateTimeOriginal?: unknown; CreateDate?: unknown } | undefined;
    const raw = tags?.DateTimeOriginal ?? tags?.CreateDate;
    return typeof raw === 'string' ? wallClockSecond(raw) : undefined;
  } catch {
    return undefined;
  }
}
