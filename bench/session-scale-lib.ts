/**
 * Pieces of bench/session-scale: one page load of a session in the browser UI (strip paint, DOM, heap and
 * arrow-key browsing) and one studio start over a data folder (createStudio → start() resolved).
 */
import type { Browser } from 'playwright-core';
import { createStudio } from '../src/main/app/create-studio';
import { SimDriver } from '../src/main/camera/sim/sim-driver';
import { LogBuffer } from '../src/main/core/logger';
import { STRIP_CLOCK, stripPaint } from './scale-lib';
import { browseWithKey, domNodes, heapMb, openUi, type UiStudio } from './ui-lib';

/** Arrow-key presses (one per animation frame) per browsing measure. */
export const BROWSE = 300;
/** Newest shots whose thumbnails exist before the page opens (as when the strip showed them arriving). */
export const WARM = BROWSE + 50;

/** What one page load of a session measured. */
export interface UiFigures {
  stripMs: number;
  shownMs: number;
  thumbsMs: number;
  visible: number;
  nodes: number;
  heap: number;
  fps: number;
  p95FrameMs: number;
  moves: number;
  nodesAfter: number;
  heapAfter: number;
}

/** Makes the thumbnails of a session's newest shots, as the strip did while they arrived (not timed). */
export async function warmThumbnails(ui: UiStudio, sessionId: string): Promise<void> {
  const shots = await ui.studio.sessions.shots(sessionId);
  for (const shot of shots.slice(-WARM)) await ui.studio.shotImages.get(shot.id, 'thumbnail');
}

/** Opens `sessionId` in a fresh page and measures paint, DOM, heap and browsing. */
export async function measureSession(browser: Browser, ui: UiStudio, sessionId: string): Promise<UiFigures> {
  await ui.studio.sessions.switchTo(sessionId);
  const page = await openUi(browser, ui.url, [STRIP_CLOCK]);
  try {
    const paint = await stripPaint(page);
    const nodes = await domNodes(page);
    const heap = await heapMb(page);
    await page.locator('li[data-shot-id]').first().click();
    const browse = await browseWithKey(page, 'ArrowRight', BROWSE);
    const nodesAfter = await domNodes(page);
    const heapAfter = await heapMb(page);
    return { ...paint, nodes, heap, ...browse, nodesAfter, heapAfter };
  } finally {
    await page.context().close();
  }
}

/** One studio start over `dataDir` and `root`: createStudio → start() resolved, ms. */
export async function startOnce(dataDir: string, root: string): Promise<number> {
  const t0 = performance.now();
  const studio = await createStudio({
    dataDir,
    sessionRoot: root,
    driver: 'sim',
    driverInstance: new SimDriver({ cameras: 1, connectDelayMs: 1 }),
    autoConnect: false,
    logs: new LogBuffer(50, null),
  });
  await studio.start();
  const ms = performance.now() - t0;
  if (studio.sessions.list().length === 0) throw new Error('no session loaded');
  await studio.stop();
  return ms;
}
