import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { fakeStudio, type FakeStudio } from './fake-studio';

type StudioOptions = Parameters<typeof fakeStudio>[0];

/** Fake studios a test starts, stops and starts again over one data folder. */
export interface StudioRestarts {
  /** The test's folder (made on first use; a fresh one for every test). */
  folder(): Promise<string>;
  /** A studio over the folder whose fake card holds the suite's file; `opts` adds to the defaults. */
  start(opts?: StudioOptions): Promise<FakeStudio>;
  /** Stops `h` and forgets it. */
  stop(h: FakeStudio): Promise<void>;
}

/**
 * For a suite that restarts the studio over one data folder (recovery, resumes): each start's fake card
 * (camera `cam`) holds `data` as `name`, pulled in 64 KiB chunks, retries after 1 ms. Every studio still
 * open and the folder are removed after each test.
 */
export function studioRestarts(
  prefix: string,
  card: { cam: string; name: string; data: Uint8Array },
): StudioRestarts {
  let dir = '';
  const open: FakeStudio[] = [];
  afterEach(async () => {
    for (const h of open.splice(0)) await h.cleanup().catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = '';
  });
  const folder = async () => (dir ||= await mkdtemp(join(tmpdir(), prefix)));
  return {
    folder,
    async start(opts = {}) {
      const h = await fakeStudio({
        dir: await folder(),
        chunkSize: 64 * 1024,
        transfer: { retryDelayMs: 1 },
        prepare: (d) => d.addCardFile(card.cam, card.name, card.data),
        ...opts,
      });
      open.push(h);
      return h;
    },
    async stop(h) {
      open.splice(open.indexOf(h), 1);
      await h.cleanup();
    },
  };
}
