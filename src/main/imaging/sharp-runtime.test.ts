import { describe, expect, it } from 'vitest';
import { nativeTrimCount, sharp, trimNativeHeap } from './sharp-runtime';

const glibc = (() => {
  const report = process.report?.getReport?.() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return process.platform === 'linux' && Boolean(report?.header?.glibcVersionRuntime);
})();

describe('sharp runtime', () => {
  it('turns the libvips operation cache off for the whole process', () => {
    const cache = sharp.cache();
    expect(cache.memory.max).toBe(0);
    expect(cache.items.max).toBe(0);
  });

  it('runs pipelines like sharp itself', async () => {
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 4, height: 3 });
  });

  it.runIf(glibc)('hands freed native memory back with malloc_trim on glibc', async () => {
    const before = nativeTrimCount();
    expect(await trimNativeHeap()).toBe(true);
    expect(nativeTrimCount()).toBe(before + 1);
  });

  it.skipIf(glibc)('has nothing to trim without glibc', async () => {
    expect(await trimNativeHeap()).toBe(false);
  });
});
