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

  it('prefetches ahead of any want; a later want is answered from memory', async () => {
    const g = gate();
    const cache = new ThumbCache(10, 2);
    cache.prefetch('new', g.load('new'));
    cache.prefetch('new', g.load('new'));
    expect(cache.peek('new')).toBeNull();
    await g.finish('new');
    expect(cache.peek('new')).toMatch(/^blob:/);
    const urls: (string | null)[] = [];
    cache.want('new', g.load('new'), (u) => urls.push(u));
    expect(urls).toHaveLength(1);
    expect(g.started).toEqual(['new']);
  });
});
