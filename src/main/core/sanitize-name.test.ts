import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_BYTES,
  isReservedWindowsName,
  sanitizeFileName,
  sanitizeFragment,
  splitExt,
} from './sanitize-name';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\System32\\cmd.exe', 'cmd.exe'],
    ['DCIM/100MSDCF/DSC00001.JPG', 'DSC00001.JPG'],
    ['CON.jpg', '_CON.jpg'],
    ['con', '_con'],
    ['Lpt9.tar.gz', '_Lpt9.tar.gz'],
    ['COM1', '_COM1'],
    ['nul.ARW', '_nul.ARW'],
    ['evil\u0000name.jpg', 'evil_name.jpg'],
    ['tab\there.jpg', 'tab_here.jpg'],
    ['a<b>c:d"e|f?g*h.jpg', 'a_b_c_d_e_f_g_h.jpg'],
    ['', 'file'],
    ['....', 'file'],
    ['..', 'file'],
    ['/', 'file'],
    ['trailing. . .', 'trailing'],
    ['name .jpg', 'name.jpg'],
    ['.hidden', 'hidden'],
    ['double..dot..jpg', 'double.dot.jpg'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('keeps COM10 and CONSOLE (not reserved)', () => {
    expect(sanitizeFileName('COM10.jpg')).toBe('COM10.jpg');
    expect(sanitizeFileName('CONSOLE.jpg')).toBe('CONSOLE.jpg');
  });

  it('bounds a 300-character name and keeps the extension', () => {
    const out = sanitizeFileName(`${'x'.repeat(300)}.ARW`);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(out.endsWith('.ARW')).toBe(true);
    expect(out.length).toBeGreaterThan(100);
  });

  it('never splits a multi-byte character when truncating', () => {
    const out = sanitizeFileName(`${'é'.repeat(200)}.jpg`);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(out).toMatch(/^é+\.jpg$/);
  });

  it('is idempotent and never returns a dangerous result', () => {
    const hostile = [
      '../../etc/passwd',
      'CON.jpg',
      '\u0000',
      'x'.repeat(300),
      '',
      '....',
      'a/../b',
      'AUX.',
      ' . ',
      'c:\\x\\y.jpg',
    ];
    for (const h of hostile) {
      const once = sanitizeFileName(h);
      expect(sanitizeFileName(once)).toBe(once);
      // eslint-disable-next-line no-control-regex
      expect(once).not.toMatch(/[\\/\u0000-\u001f]/);
      expect(once).not.toBe('');
      expect(once).not.toMatch(/^\.+$/);
      expect(isReservedWindowsName(once)).toBe(false);
      expect(once).not.toMatch(/[. ]$/);
    }
  });
});

describe('splitExt / sanitizeFragment', () => {
  it('splits the last extension only', () => {
    expect(splitExt('a.tar.gz')).toEqual({ base: 'a.tar', ext: '.gz' });
    expect(splitExt('noext')).toEqual({ base: 'noext', ext: '' });
  });

  it('makes fragments separator-free and non-empty', () => {
    expect(sanitizeFragment('../Studio/A', 'x')).toBe('_Studio_A');
    expect(sanitizeFragment('...', 'fallback')).toBe('fallback');
  });
});
