// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jpegSize } from './jpeg-size';
import { MultipartParser, boundaryOf, type MultipartPart } from './mjpeg-parser';

const enc = new TextEncoder();

function part(body: Uint8Array, headers: Record<string, string>, withLength: boolean): Uint8Array {
  const h = Object.entries({
    'Content-Type': 'image/jpeg',
    ...(withLength ? { 'Content-Length': String(body.length) } : {}),
    ...headers,
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  const head = enc.encode(`--frame\r\n${h}\r\n\r\n`);
  const out = new Uint8Array(head.length + body.length + 2);
  out.set(head);
  out.set(body, head.length);
  out.set([13, 10], head.length + body.length);
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function body(n: number, fill: number): Uint8Array {
  const b = new Uint8Array(n).fill(fill);
  b[0] = 0xff;
  b[1] = 0xd8;
  return b;
}

describe('MultipartParser', () => {
  for (const withLength of [true, false]) {
    it(`splits parts fed in odd-sized chunks (${withLength ? 'Content-Length' : 'boundary scan'})`, () => {
      const bodies = [body(1000, 1), body(70_000, 2), body(300_000, 3)];
      const stream = concat([
        ...bodies.map((b, i) => part(b, { 'X-Frame-Seq': String(i + 10), 'X-Timestamp': '123' }, withLength)),
        enc.encode('--frame\r\n'),
      ]);
      const parts: MultipartPart[] = [];
      const parser = new MultipartParser('frame', (p) => parts.push(p));
      for (let i = 0; i < stream.length; i += 777) parser.push(stream.subarray(i, i + 777));
      expect(parts.map((p) => p.body.length)).toEqual([1000, 70_000, 300_000]);
      expect(parts.map((p) => p.body[5])).toEqual([1, 2, 3]);
      expect(parts[1].headers['x-frame-seq']).toBe('11');
      expect(parts[2].headers['x-timestamp']).toBe('123');
    });
  }

  it('emits nothing for an incomplete part and completes it when the rest arrives', () => {
    const whole = part(body(5000, 7), {}, true);
    const parts: MultipartPart[] = [];
    const parser = new MultipartParser('frame', (p) => parts.push(p));
    parser.push(whole.subarray(0, 3000));
    expect(parts).toHaveLength(0);
    parser.push(whole.subarray(3000));
    expect(parts).toHaveLength(1);
    expect(parts[0].body.length).toBe(5000);
  });

  it('reads the boundary from the content type', () => {
    expect(boundaryOf('multipart/x-mixed-replace; boundary=tetherframe')).toBe('tetherframe');
    expect(boundaryOf('multipart/x-mixed-replace;boundary="--b"')).toBe('b');
    expect(boundaryOf('image/jpeg')).toBeNull();
  });
});

describe('jpegSize', () => {
  it('reads width and height from SOF0 after other segments', () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x02, 0xa8, 0x04, 0x00, 3, 0, 0, 0, 0,
    ]);
    expect(jpegSize(jpeg)).toEqual({ width: 1024, height: 680 });
    expect(jpegSize(new Uint8Array([1, 2, 3, 4]))).toBeNull();
  });
});
