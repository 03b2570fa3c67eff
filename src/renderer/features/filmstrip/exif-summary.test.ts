import { describe, expect, it } from 'vitest';
import { formatExposure, readExifSummary } from './exif-summary';

// A 16×12 JPEG written by sharp with Make/Model, ISO 800, 1/125 s and f/5.6 (as the studio's previews carry).
const JPEG_WITH_EXIF =
  '/9j/4QEYRXhpZgAASUkqAAgAAAAIAA8BAgAFAAAAiAAAABABAgAJAAAAfgAAABIBAwABAAAAAQAAABoBBQABAAAAbgAAABsBBQABAAAAdgAAACgBAwABAAAAAgAAABMCAwABAAAAAQAAAGmHBAABAAAAjgAAAAAAAAA4YwAA6AMAADhjAADoAwAASUxDRS03TTQAAFNPTlkAAAkAmoIFAAEAAAAAAQAAnYIFAAEAAAAIAQAAJ4gDAAEAAAAgAwAAAJAHAAQAAAAwMjEwAZEHAAQAAAABAgMAAKAHAAQAAAAwMTAwAaADAAEAAAD//wAAAqAEAAEAAAAQAAAAA6AEAAEAAAAMAAAAAAAAAAEAAAB9AAAAOAAAAAoAAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAMABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAA/9k=';

function bytes(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

describe('readExifSummary', () => {
  it('reads camera, exposure and ISO from a preview JPEG', async () => {
    const s = await readExifSummary(bytes(JPEG_WITH_EXIF));
    expect(s.camera).toBe('SONY ILCE-7M4');
    expect(s.iso).toBe('ISO 800');
    expect(s.shutter).toBe('1/125');
    expect(s.aperture).toBe('f/5.6');
  });

  it('returns an empty summary for bytes that are not an image', async () => {
    expect(await readExifSummary(new Uint8Array([1, 2, 3, 4]))).toEqual({});
  });

  it('formats exposure times the way photographers read them', () => {
    expect(formatExposure(0.004)).toBe('1/250');
    expect(formatExposure(2)).toBe('2"');
  });
});
