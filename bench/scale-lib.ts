/**
 * Helpers for bench/session-scale.ts: a sample shot, feeding shots through the real import path with the
 * simulator's shutter fast-forwarded, synthetic session folders for the start-up measure, and the page
 * probes for the filmstrip. `run.mjs` skips `*-lib.ts`.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { Studio } from '../src/main/app/studio';
import type { SimDriver } from '../src/main/camera/sim/sim-driver';
import { stagingDir } from '../src/main/studio/staging';
import type { ShotInfo } from '../src/shared/studio-types';
import type { TransferJob } from '../src/shared/transfer-types';

/** Writes a sample camera JPEG (noise over a gradient, so it compresses like a photo) and returns its size. */
export async function writeSampleJpeg(path: string, width = 1600, height = 1067): Promise<number> {
  const px = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const i = (y * width + x) * 3;
      const n = (seed >> 16) & 31;
      px[i] = ((x * 255) / width + n) & 255;
      px[i + 1] = ((y * 255) / height + n) & 255;
      px[i + 2] = (128 + n) & 255;
    }
  }
  const jpeg = await sharp(px, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
  await writeFile(path, jpeg);
  return jpeg.length;
}

/**
 * Imports shots through the real path with the shutter fast-forwarded: the sample is copied into the
 * camera's staging folder (what the body's host write does), the driver's `downloadComplete` is emitted,
 * and AutoImport → TransferQueue (`.part`, fsync, verify, no-overwrite rename) → SessionService records
 * it. Resolves with each shot's import latency (downloadComplete → transferDone) and CPU, in ms.
 */
export async function importShots(
  studio: Studio,
  sim: SimDriver,
  cameraId: string,
  sample: string,
  count: number,
  firstNumber: number,
): Promise<{ wallMs: number[]; cpuMs: number[] }> {
  const dir = stagingDir(join(studio.options.dataDir, 'staging'), cameraId);
  await mkdir(dir, { recursive: true });
  const size = (await stat(sample)).size;
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < count; i++) {
    const filename = `DSC${String(firstNumber + i).padStart(5, '0')}.JPG`;
    const stagedPath = join(dir, filename);
    await copyFile(sample, stagedPath);
    const done = new Promise<TransferJob>((resolve, reject) => {
      const offs = [
        studio.bus.on('transferDone', (job) => {
          if (job.source.kind === 'auto' && job.source.stagedPath === stagedPath) finish(() => resolve(job));
        }),
        studio.bus.on('transferFailed', (job) => {
          if (job.source.kind === 'auto' && job.source.stagedPath === stagedPath)
            finish(() => reject(new Error(`import of ${filename} failed: ${job.error?.message}`)));
        }),
      ];
      const finish = (fn: () => void) => {
        offs.forEach((off) => off());
        fn();
      };
    });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    sim.events.emit('downloadComplete', { cameraId, filename, stagedPath, size });
    await done;
    wallMs.push(performance.now() - t0);
    const c = process.cpuUsage(cpu0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  return { wallMs, cpuMs };
}

/**
 * Writes `sessions` session folders of `shots` shots each (metadata only, no image files) and the sessions
 * index, in the format a studio of the previous release wrote (one JSON document per session).
 */
export async function writeSyntheticSessions(
  dataDir: string,
  root: string,
  sessions: number,
  shots: number,
): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const entries = [];
  const day0 = Date.parse('2025-03-01T09:00:00Z');
  for (let s = 0; s < sessions; s++) {
    const name = `day-${String(s + 1).padStart(2, '0')}`;
    const id = `ses_${randomUUID().slice(0, 8)}`;
    const folder = join(root, name);
    const createdAt = new Date(day0 + s * 86_400_000).toISOString();
    await mkdir(folder, { recursive: true });
    const list: ShotInfo[] = [];
    for (let i = 1; i <= shots; i++) {
      const fileName = `${name}_${String(i).padStart(4, '0')}.JPG`;
      list.push({
        id: `shot_${randomUUID().replace(/-/g, '').slice(0, 12)}`,
        sessionId: id,
        fileName,
        path: join(folder, fileName),
        size: 9_800_000 + i,
        cameraId: 'sim-1',
        originalName: `DSC${String(i).padStart(5, '0')}.JPG`,
        kind: 'jpeg',
        seq: i,
        importedAt: new Date(Date.parse(createdAt) + i * 4000).toISOString(),
      });
    }
    const meta = {
      version: 1,
      id,
      name,
      createdAt,
      template: '{session}_{seq:4}{ext}',
      nextSeq: shots + 1,
      shots: list,
    };
    await writeFile(join(folder, '.tether-session.json'), `${JSON.stringify(meta, null, 2)}\n`);
    entries.push({ id, name, folder, createdAt });
  }
  await writeFile(join(dataDir, 'sessions.json'), `${JSON.stringify({ version: 1, sessions: entries })}\n`);
}

/**
 * A page-side clock for {@link stripPaint}, installed before any script runs: from the first animation frame
 * on, it stamps the frame in which the filmstrip first shows an item and the one in which its first screen
 * of thumbnails is all decoded. Page-side so the figure is the page's own (a Playwright poll would add its
 * injected script's evaluation and its polling to the clock).
 */
export const STRIP_CLOCK = `(() => {
  const clock = (window.__stripClock = { strip: 0, shown: 0, thumbs: 0, visible: 0 });
  const inView = () => {
    const list = document.querySelector('[role="listbox"][aria-label="Shots"]');
    if (!list) return [];
    const box = list.getBoundingClientRect();
    return [...list.querySelectorAll('li[data-shot-id]')].filter((li) => {
      const r = li.getBoundingClientRect();
      return r.right > box.left && r.left < box.right;
    });
  };
  const tick = () => {
    const now = performance.now();
    if (!clock.strip && document.querySelector('li[data-shot-id]')) clock.strip = now;
    if (clock.strip && !clock.thumbs) {
      const items = inView();
      if (items.length > 0 && items.every((li) => (li.querySelector('img')?.naturalWidth ?? 0) > 0)) {
        clock.thumbs = now;
        clock.visible = items.length;
      }
    }
    if (!clock.thumbs) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // When the frame with the first item was on screen: Element Timing reports the presentation time of the
  // frame that painted text marked \`elementtiming\` (that frame's main-thread part, stamped above, comes
  // 100-300 ms earlier here: software raster and compositing on a shared 2-vCPU machine).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === 'strip-item' && !clock.shown) clock.shown = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((records, mo) => {
    for (const el of document.querySelectorAll('li[data-shot-id] *:not([elementtiming])'))
      el.setAttribute('elementtiming', 'strip-item');
    if (clock.shown) mo.disconnect();
  }).observe(document, { childList: true, subtree: true });
})()`;

/** When (ms from navigation start) a page load showed the filmstrip, as {@link STRIP_CLOCK} stamped it. */
export interface StripPaint {
  /** The frame in which the strip's first item was drawn (its main-thread part: animation frame). */
  stripMs: number;
  /** That frame on screen (Element Timing's presentation time): the strip's first paint. */
  shownMs: number;
  /** The frame in which the first screen of thumbnails was all decoded. */
  thumbsMs: number;
  /** Items in that first screen. */
  visible: number;
}

/** Reads {@link STRIP_CLOCK}'s stamps once all are in (the page must have been opened with it; 60 s at most). */
export async function stripPaint(page: Page): Promise<StripPaint> {
  // A function, not a string: a string would be eval'd in the page, which its CSP forbids.
  const handle = await page.waitForFunction(
    () => {
      const c = (window as unknown as { __stripClock?: Record<string, number> }).__stripClock;
      return c && c.thumbs && c.shown ? c : false;
    },
    undefined,
    { polling: 100, timeout: 60_000 },
  );
  const c = (await handle.jsonValue()) as Record<string, number>;
  return { stripMs: c.strip, shownMs: c.shown, thumbsMs: c.thumbs, visible: c.visible };
}

/** Waits (per animation frame, up to 60 s) for `probe` to return a time (it returns false until then). */
export async function stamp(page: Page, probe: () => number | false): Promise<number> {
  const handle = await page.waitForFunction(probe, undefined, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}
