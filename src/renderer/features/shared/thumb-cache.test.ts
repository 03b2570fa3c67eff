// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ThumbCache } from './thumb-cache';

/** A load that resolves when the test says so. */
function gate() {
  const pending = new Map<string, () => void>();
  const started: string[] = [];
  const load = (key: string) => () =>
    new Promise<Uint8Array>((resolve) => {
      started.push(key);
      pending.set(key, () => resolve(new Uint8Array([0xff, 0xd8, 0xff, 0xd9])));
    });
  const finish = async (key: string) => {
    pending.get(key)?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { load, started, finish };
}

/** A pushed thumbnail as the strip hands it over. */
const PUSHED = 'data:image/jpeg;base64,/9j/2Q==';

describe('ThumbCache', () => {
  it('loads a thumbnail once for any number of wants, and answers later wants from memory', async () => {
    const g = gate();
    const cache = new ThumbCache(10, 2);
    const urls: (string | null)[] = [];
    const off1 = cache.want('a', g.load('a'), (u) => urls.push(u));
    const off2 = cache.want('a', g.load('a'), (u) => urls.push(u));
    await g.finish('a');
    expect(g.started).toEqual(['a']);
    expect(urls).toHaveLength(2);
    off1();
    off2();
    cache.want('a', g.load('a'), (u) => urls.push(u));
    expect(g.started).toEqual(['a']);
    expect(urls).toHaveLength(3);
    expect(cache.stats).toMatchObject({ requests: 1, hits: 1 });
  });

  it('sends the newest wants first and drops queued ones whose tile left before they were sent', async () => {
    const g = gate();
    const cache = new ThumbCache(10, 1);
    cache.want('a', g.load('a'), () => undefined);
    const offB = cache.want('b', g.load('b'), () => undefined);
    cache.want('c', g.load('c'), () => undefined);
    offB();
    await g.finish('a');
    expect(g.started).toEqual(['a', 'c']);
    expect(cache.stats.dropped).toBe(1);
  });

  it('keeps at most its capacity of thumbnails nobody shows, dropping the least recently used', async () => {
    const g = gate();
    const cache = new ThumbCache(2, 4);
    for (const k of ['a', 'b', 'c']) {
      const off = cache.want(k, g.load(k), () => undefined);
      await g.finish(k);
      off();
    }
    expect(cache.size).toBe(2);
    cache.want('a', g.load('a'), () => undefined);
    expect(g.started).toEqual(['a', 'b', 'c', 'a']);
  });

  it('does not keep a failure: the next want tries again', async () => {
    const cache = new ThumbCache(10, 1);
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('busy'));
    };
    const got: (string | null)[] = [];
    cache.want('x', failing, (u) => got.push(u));
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([null]);
    cache.want('x', failing, (u) => got.push(u));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
  });

  it('waits for expected bytes to be pushed, and requests them only if they do not come in time', async () => {
    const g = gate();
    const cache = new ThumbCache(10, 2);
    cache.expect('pushed', g.load('pushed'), 50);
    cache.expect('late', g.load('late'), 20);
    const urls: (string | null)[] = [];
    cache.want('pushed', g.load('pushed'), (u) => urls.push(u));
    expect(urls).toEqual([]);
    cache.fill('pushed', PUSHED);
    expect(urls).toEqual([PUSHED]);
    expect(cache.peek('pushed')).toBe(PUSHED);
    // Nothing came for `late`: once its grace is over it is requested (and kept) without any want.
    await expect.poll(() => g.started).toEqual(['late']);
    await g.finish('late');
    expect(cache.peek('late')).toMatch(/^blob:/);
    await new Promise((r) => setTimeout(r, 60));
    expect(g.started).toEqual(['late']);
    expect(cache.stats.requests).toBe(1);
  });

  it('lets pushed bytes supersede a request under way, and keeps them when that request fails', async () => {
    const g = gate();
    const cache = new ThumbCache(10, 2);
    const urls: (string | null)[] = [];
    cache.want('a', g.load('a'), (u) => urls.push(u));
    expect(g.started).toEqual(['a']);
    cache.fill('a', PUSHED);
    expect(urls).toHaveLength(1);
    const pushed = cache.peek('a');
    await g.finish('a');
    // The late answer changes nothing: the tile keeps the URL it has.
    expect(cache.peek('a')).toBe(pushed);
    expect(urls).toHaveLength(1);

    let fail: (e: Error) => void = () => undefined;
    const failing = () => new Promise<Uint8Array>((_, reject) => (fail = reject));
    const got: (string | null)[] = [];
    cache.want('b', failing, (u) => got.push(u));
    cache.fill('b', PUSHED);
    fail(new Error('camera busy'));
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([PUSHED]);
    expect(cache.peek('b')).toBe(PUSHED);
  });

  it('takes pushed bytes nobody asked for yet, and ignores a second push of the same key', () => {
    const cache = new ThumbCache(10, 2);
    cache.fill('x', PUSHED);
    const first = cache.peek('x');
    expect(first).toBe(PUSHED);
    cache.fill('x', 'data:image/jpeg;base64,AAAA');
    expect(cache.peek('x')).toBe(first);
    const urls: (string | null)[] = [];
    cache.want(
      'x',
      () => Promise.reject(new Error('not asked')),
      (u) => urls.push(u),
    );
    expect(urls).toEqual([first]);
    expect(cache.stats).toMatchObject({ requests: 0, hits: 1 });
  });
});
