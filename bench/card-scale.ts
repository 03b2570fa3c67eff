/**
 * bench/card-scale — a card of 3,000 files (the simulator's `cardFiles`, as `--sim-card-shots 3000`) in the
 * browser UI's card browser: listing → first screen of tiles (drawn, and with every visible thumbnail), then
 * the whole card scrolled page by page and back: thumbnail requests from the UI and to the camera, against
 * the tiles visible per page × pages; then a second visit (page reloaded): what the disk cache spares the
 * camera. Baseline in the same run: the listing alone (the REST call the UI makes).
 * Settings: BENCH_CARD_FILES (1000; the 3,000 with --full), BENCH_RUNS (3).
 */
import type { Page } from 'playwright-core';
import type { CardRef } from '../src/shared/studio-client';
import { RUNS, field, fmtSpread, printGoals, repeat, sized, writeResult, type GoalRow } from './bench-lib';
import { stamp } from './scale-lib';
import { buildUi, launchChromium, openUi, startUiStudio, type UiStudio } from './ui-lib';

const FILES = sized('BENCH_CARD_FILES', 1000, 3000);

/** Counts the camera's thumbnail reads (each a USB round trip on a real body) by file. */
function countCameraReads(ui: UiStudio): Map<string, number> {
  const reads = new Map<string, number>();
  const original = ui.sim.getContentImage.bind(ui.sim);
  ui.sim.getContentImage = async (cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail') => {
    if (kind === 'thumbnail') {
      const key = `${ref.slot}:${ref.contentId}:${ref.fileId}`;
      reads.set(key, (reads.get(key) ?? 0) + 1);
    }
    return original(cameraId, ref, kind);
  };
  return reads;
}

/** Counts the UI's thumbnail requests by file. */
function countUiRequests(page: Page): Map<string, number> {
  const asked = new Map<string, number>();
  page.on('request', (req) => {
    const m = /\/card\/slots\/(\d+)\/files\/(\d+)\/(\d+)\/thumbnail/.exec(req.url());
    if (m) asked.set(m.slice(1).join(':'), (asked.get(m.slice(1).join(':')) ?? 0) + 1);
  });
  return asked;
}

/** performance.now() once every tile in view shows its thumbnail (movies and others have none). */
async function thumbsInView(page: Page): Promise<number> {
  try {
    return await thumbsStamp(page);
  } catch (err) {
    const missing = await page.evaluate(() => {
      const s = document.querySelector('.cardb__scroll') as HTMLElement;
      const box = s.getBoundingClientRect();
      return [...s.querySelectorAll('.card-tile')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return (
            r.bottom > box.top && r.top < box.bottom && !((t.querySelector('img')?.naturalWidth ?? 0) > 0)
          );
        })
        .map(
          (t) =>
            `${t.getAttribute('aria-label')} at ${Math.round(t.getBoundingClientRect().top - box.top)} of ${Math.round(box.height)}`,
        );
    });
    throw new Error(`thumbnails still missing in view: ${missing.join(', ')}`, { cause: err });
  }
}

function thumbsStamp(page: Page): Promise<number> {
  return stamp(page, () => {
    const scroller = document.querySelector('.cardb__scroll');
    if (!scroller) return false;
    const box = scroller.getBoundingClientRect();
    const tiles = [...scroller.querySelectorAll('.card-tile')].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.bottom > box.top + 1 && r.top < box.bottom - 1;
    });
    const ok =
      tiles.length > 0 &&
      tiles.every((t) => {
        const kind = t.querySelector('.card-tile__kind')?.textContent ?? '';
        return !['JPG', 'ARW', 'HIF'].includes(kind) || (t.querySelector('img')?.naturalWidth ?? 0) > 0;
      });
    return ok ? performance.now() : false;
  });
}

/** Opens the card view: ms from the click to the first tiles drawn and to the first screen of thumbnails. */
async function openCard(page: Page): Promise<{ tilesMs: number; thumbsMs: number }> {
  await page.getByTestId('connection-state').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
  const t0 = await page.evaluate(() => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find(
      (t) => t.textContent === 'Card',
    ) as HTMLElement;
    const t = performance.now();
    tab.click();
    return t;
  });
  const tiles = await stamp(page, () => (document.querySelector('.card-tile') ? performance.now() : false));
  const thumbs = await thumbsInView(page);
  return { tilesMs: tiles - t0, thumbsMs: thumbs - t0 };
}

interface Run {
  listMs: number;
  tilesMs: number;
  thumbsMs: number;
  pages: number;
  visibleMax: number;
  uiRequests: number;
  uiDuplicates: number;
  cameraReads: number;
  cameraDuplicates: number;
  secondVisitCameraReads: number;
  secondVisitThumbsMs: number;
}

const dupes = (m: Map<string, number>) => [...m.values()].filter((n) => n > 1).length;
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

async function run(i: number): Promise<Run> {
  const ui = await startUiStudio({ sim: { cardFiles: FILES, rateBytesPerSec: Number.POSITIVE_INFINITY } });
  const browser = await launchChromium();
  try {
    const [cam] = await ui.studio.cameras.list();
    await ui.studio.cameras.connect(cam.id, 'remote-transfer');
    const reads = countCameraReads(ui);
    // Baseline: the listing the UI asks for, alone, over HTTP.
    const l0 = performance.now();
    const res = await fetch(`${ui.url}/api/studio/cameras/${cam.id}/card/slots/1/files`);
    const listed = ((await res.json()) as { data: unknown[] }).data.length;
    const listMs = performance.now() - l0;
    if (listed < FILES * 0.9) throw new Error(`the card lists ${listed} files, expected about ${FILES}`);

    const page = await openUi(browser, ui.url);
    const asked = countUiRequests(page);
    const first = await openCard(page);
    // The whole card, a page at a time, each page waited for; then back to the top.
    let pages = 1;
    let visibleMax = 0;
    const geometry = () =>
      page.evaluate(() => {
        const s = document.querySelector('.cardb__scroll') as HTMLElement;
        const box = s.getBoundingClientRect();
        const visible = [...s.querySelectorAll('.card-tile')].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.bottom > box.top + 1 && r.top < box.bottom - 1;
        }).length;
        return { top: s.scrollTop, height: s.clientHeight, scrollHeight: s.scrollHeight, visible };
      });
    let g = await geometry();
    visibleMax = g.visible;
    while (g.top + g.height < g.scrollHeight - 1) {
      await page.evaluate((h) => {
        (document.querySelector('.cardb__scroll') as HTMLElement).scrollTop += h;
      }, g.height);
      await page.waitForTimeout(50);
      await thumbsInView(page);
      g = await geometry();
      visibleMax = Math.max(visibleMax, g.visible);
      pages++;
    }
    await page.evaluate(() => {
      (document.querySelector('.cardb__scroll') as HTMLElement).scrollTop = 0;
    });
    await thumbsInView(page);
    await page.waitForTimeout(300);
    const uiRequests = total(asked);
    const cameraReads = total(reads);
    const run: Partial<Run> = {
      listMs,
      ...first,
      pages,
      visibleMax,
      uiRequests,
      uiDuplicates: dupes(asked),
      cameraReads,
      cameraDuplicates: dupes(reads),
    };
    // Second visit: a fresh page (its memory cache empty); the studio's disk cache answers.
    await page.context().close();
    const again = await openUi(browser, ui.url);
    const second = await openCard(again);
    await again.context().close();
    run.secondVisitCameraReads = total(reads) - cameraReads;
    run.secondVisitThumbsMs = second.thumbsMs;
    const r = run as Run;
    console.log(
      `  run ${i + 1}: list ${r.listMs.toFixed(0)} ms; tiles ${r.tilesMs.toFixed(0)} ms, thumbnails ${r.thumbsMs.toFixed(0)} ms; ` +
        `${r.pages} pages × ≤ ${r.visibleMax} visible tiles; UI asked ${r.uiRequests} (${r.uiDuplicates} twice), ` +
        `camera read ${r.cameraReads} (${r.cameraDuplicates} twice); second visit: camera ${r.secondVisitCameraReads}, thumbnails ${r.secondVisitThumbsMs.toFixed(0)} ms`,
    );
    return r;
  } finally {
    await browser.close();
    await ui.close();
  }
}

await buildUi();
console.log(
  `card-scale: a simulated card of ${FILES} files in the browser UI's card browser, ${RUNS} run(s)`,
);
const runs = await repeat(RUNS, run);
const f = (pick: (r: Run) => number, d = 0, u = 'ms') => fmtSpread(field(runs, pick), d, u);
const worst = (pick: (r: Run) => number) => Math.max(...runs.map(pick));
const goals: GoalRow[] = [
  {
    goal: 'listing → first screen of tiles < 1 s',
    figure: `tiles ${f((r) => r.tilesMs)}; with thumbnails ${f((r) => r.thumbsMs)}`,
    baseline: `the listing alone (REST): ${f((r) => r.listMs)}`,
    met: field(runs, (r) => r.tilesMs).median < 1000,
  },
  {
    goal: 'thumbnails requested only for visible tiles: whole card ≤ visible tiles × pages',
    figure: `${f((r) => r.uiRequests, 0, '')} UI requests`,
    baseline: `${f((r) => r.visibleMax * r.pages, 0, '')} (≤ ${worst((r) => r.visibleMax)} visible × ${worst((r) => r.pages)} pages)`,
    met: runs.every((r) => r.uiRequests <= r.visibleMax * r.pages),
  },
  {
    goal: 'never two requests for the same thumbnail',
    figure: `UI: ${worst((r) => r.uiDuplicates)} asked twice; camera: ${worst((r) => r.cameraDuplicates)} read twice (worst run)`,
    baseline: `${f((r) => r.cameraReads, 0, '')} camera reads for ${f((r) => r.uiRequests, 0, '')} UI requests`,
    met: runs.every((r) => r.uiDuplicates === 0 && r.cameraDuplicates === 0),
  },
  {
    goal: 'thumbnails cached on disk: a second visit reads nothing from the camera',
    figure: `${worst((r) => r.secondVisitCameraReads)} camera reads; first screen of thumbnails ${f((r) => r.secondVisitThumbsMs)}`,
    baseline: `first visit: ${f((r) => r.thumbsMs)}`,
    met: runs.every((r) => r.secondVisitCameraReads === 0),
  },
];
printGoals('card-scale goals', goals);
writeResult('card-scale', { files: FILES, runs, goals });
process.exit(0);
