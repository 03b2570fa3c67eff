/** Page-side measurement scripts for bench/liveview-ui.ts (run inside Chromium via page.evaluate). */
import type { Page } from 'playwright-core';

export { percentile } from './bench-lib';

/** tsx (esbuild keepNames) wraps functions in `__name(...)`; page-side code needs a no-op stand-in. */
export async function shimNames(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = (f) => f');
}

/** Frames drawn and frame→draw latencies of the UI's live-view canvas over `ms`. */
export async function measureUi(
  page: Page,
  ms: number,
): Promise<{ fps: number; latencies: number[]; dropped: number }> {
  await page.waitForFunction(() => (window.__tetherStats?.distinctFramesDrawn ?? 0) > 30);
  const start = await page.evaluate(() => {
    const s = window.__tetherStats!;
    s.latencies.length = 0;
    return { n: s.distinctFramesDrawn, d: s.framesDropped, t: performance.now() };
  });
  await page.waitForTimeout(ms);
  const end = await page.evaluate(() => {
    const s = window.__tetherStats!;
    return {
      n: s.distinctFramesDrawn,
      d: s.framesDropped,
      t: performance.now(),
      latencies: [...s.latencies],
    };
  });
  return {
    fps: ((end.n - start.n) * 1000) / (end.t - start.t),
    latencies: end.latencies,
    dropped: end.d - start.d,
  };
}

/**
 * Baseline: the Alpha API's documented live-view recipe — poll the single-frame
 * endpoint every 66 ms, decode with createImageBitmap, draw on a canvas. Latency from the frame's ETag
 * timestamp (`"seq36-ts36"`) to the draw.
 */
export async function measurePollingRecipe(
  page: Page,
  cameraId: string,
  ms: number,
): Promise<{ fps: number; latencies: number[] }> {
  return page.evaluate(
    async ({ cameraId, ms }) => {
      const canvas = document.createElement('canvas');
      document.body.append(canvas);
      const ctx = canvas.getContext('2d')!;
      const url = `/api/cameras/${cameraId}/live-view/frame`;
      const latencies: number[] = [];
      const seen = new Set<string>();
      const t0 = performance.now();
      let first = 0;
      while (performance.now() - t0 < ms) {
        const iter = performance.now();
        const res = await fetch(url);
        if (res.ok) {
          const etag = res.headers.get('etag') ?? '';
          const bitmap = await createImageBitmap(await res.blob());
          canvas.width = bitmap.width;
          canvas.height = bitmap.height;
          ctx.drawImage(bitmap, 0, 0);
          bitmap.close();
          const ts = Number.parseInt(etag.replace(/"/g, '').split('-')[1] ?? '', 36);
          if (!seen.has(etag)) {
            if (seen.size === 0) first = performance.now();
            seen.add(etag);
            if (Number.isFinite(ts)) latencies.push(Date.now() - ts);
          }
        }
        const sleep = 66 - (performance.now() - iter);
        if (sleep > 0) await new Promise((r) => setTimeout(r, sleep));
      }
      return { fps: ((seen.size - 1) * 1000) / (performance.now() - first), latencies };
    },
    { cameraId, ms },
  );
}

/**
 * Installs an in-page probe: a second EventSource notes when each `propertyChanged` naming `name` arrives,
 * and a rAF loop notes when the panel's select shows a new value. Returns the (event → shown) deltas.
 */
export async function installPropertyProbe(page: Page, label: string, name: string): Promise<void> {
  await page.evaluate(
    ({ label, name }) => {
      const probe = { events: [] as number[], shown: [] as number[] };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      const es = new EventSource('/api/events?events=propertyChanged');
      es.addEventListener('propertyChanged', (e) => {
        const d = JSON.parse((e as MessageEvent).data) as { names?: string[] };
        if (!d.names || d.names.includes(name)) probe.events.push(performance.now());
      });
      const select = document.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;
      let last = select.value;
      const watch = () => {
        if (select.value !== last) {
          last = select.value;
          probe.shown.push(performance.now());
        }
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    },
    { label, name },
  );
}

/** The probe's records so far. */
export function readPropertyProbe(page: Page): Promise<{ events: number[]; shown: number[] }> {
  return page.evaluate(
    () => (window as unknown as { __probe: { events: number[]; shown: number[] } }).__probe,
  );
}
