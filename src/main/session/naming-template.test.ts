import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES } from '../core/sanitize-name';
import { formatDate, parseTemplate, renderName, renderTemplate, usesSeq } from './naming-template';

const ctx = {
  session: 'Portraits',
  seq: 7,
  date: new Date(2024, 4, 6, 7, 8, 9),
  camera: 'ILCE-7M4',
  original: 'DSC01234.ARW',
};

function render(t: string, extra: Partial<typeof ctx> = {}): string {
  return renderTemplate(parseTemplate(t), { ...ctx, ...extra });
}

describe('naming template', () => {
  it('renders the default template', () => {
    expect(render('{session}_{seq:4}{ext}')).toBe('Portraits_0007.ARW');
  });

  it('renders every token and format variant', () => {
    expect(render('{date:YYYYMMDD}-{time}-{camera}-{original}-{seq:2}{ext}')).toBe(
      '20240506-070809-ILCE-7M4-DSC01234-07.ARW',
    );
    expect(render('{date:YYYY-MM-DD}_{time:HHmmss}_{seq}{ext:lower}')).toBe('2024-05-06_070809_0007.arw');
    expect(render('{date}{ext:upper}', { original: 'x.jpg' })).toBe('20240506.JPG');
    expect(render('{date:YY.MM.DD} {time:HH-mm}{ext}')).toBe('24.05.06 07-08.ARW');
  });

  it('appends the extension when the template has no {ext}', () => {
    expect(render('{session}-{seq:3}')).toBe('Portraits-007.ARW');
  });

  it('sanitises hostile values inside tokens', () => {
    expect(render('{original}{ext}', { original: '../../etc/passwd.jpg' })).toBe('passwd.jpg');
    expect(render('{session}_{seq:4}{ext}', { session: '../x' })).toBe('_x_0007.ARW');
    expect(render('{original}{ext}', { original: 'CON.jpg' })).toBe('_CON.jpg');
  });

  it.each([
    ['{nope}', /Unknown token \{nope\}/],
    ['{seq:0}', /Invalid format/],
    ['{seq:x}', /Invalid format/],
    ['{date:QQ}', /Invalid format/],
    ['{session', /Unbalanced/],
    ['a}b', /Unbalanced/],
    ['a/b{seq}', /path separators/],
    ['', /Invalid naming template/],
  ])('rejects %j', (t, msg) => {
    expect(() => parseTemplate(t)).toThrow(msg);
  });

  it('knows whether a template numbers files', () => {
    expect(usesSeq(parseTemplate('{session}{seq}'))).toBe(true);
    expect(usesSeq(parseTemplate('{original}'))).toBe(false);
  });

  it('formats dates in local time', () => {
    expect(formatDate(new Date(2001, 0, 2, 3, 4, 5), 'YYYY-MM-DD HH:mm:ss')).toBe('2001-01-02 03:04:05');
  });

  it('cuts a name that is too long in its literal parts, never {seq} or the extension (issue 12 item 3)', () => {
    const long = `${'Studio session, long title '.repeat(6)}${'y'.repeat(22)}_{seq:4}{ext}`;
    expect(long.length).toBeLessThanOrEqual(200);
    const parts = parseTemplate(long);
    const a = renderName(parts, { ...ctx, seq: 1 });
    const b = renderName(parts, { ...ctx, seq: 2 });
    expect(a.cut).toBe(true);
    expect(Buffer.byteLength(a.name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    // The cut is in the middle of the text, marked, so separators and the number stay readable.
    expect(a.name).toMatch(/^Studio session, .+….+y_0001\.ARW$/);
    expect(b.name).toMatch(/_0002\.ARW$/);
    expect(a.name).not.toBe(b.name);
    // Tokens that tell files apart without {seq} are cut only after the literal text.
    const noSeq = renderName(parseTemplate(`${'x'.repeat(150)}-{original}{ext}`), ctx);
    expect(noSeq.name).toMatch(/-DSC01234\.ARW$/);
    expect(Buffer.byteLength(noSeq.name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    // Multi-byte text is cut on code points, and a short name is left alone.
    const emoji = renderName(parseTemplate(`${'📷'.repeat(60)}{seq:3}{ext}`), ctx);
    expect(emoji.name).toMatch(/^(📷)+…(📷)+007\.ARW$/);
    expect(renderName(parseTemplate('{session}_{seq}{ext}'), ctx)).toEqual({
      name: 'Portraits_0007.ARW',
      cut: false,
    });
  });
});
