import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium, openStudioPage } from './chromium';
import { startTestStudio, type TestStudio } from './studio-server';

/** Where the e2e tests save screenshots of the main states. */
export const SCREENSHOT_DIR = join(process.cwd(), 'e2e', 'screenshots');

/** A running studio, a Chromium page on its UI (camera connected, PC Remote taken), and a REST helper. */
export interface StudioPage {
  studio: TestStudio;
  browser: Browser;
  page: Page;
  cameraId: string;
  /** Browser console errors and page errors seen so far. */
  problems: string[];
  /** Calls the studio's REST API from the test process; resolves with the parsed JSON body. */
  api<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts everything and waits until the UI shows the camera connected with writable settings. */
export async function openConnectedStudio(
  options: { simOptions?: Record<string, unknown> } = {},
): Promise<StudioPage> {
  const studio = await startTestStudio(options);
  const browser = await launchChromium();
  try {
    const { page, problems } = await openStudioPage(browser, studio.url);
    const api = async <T>(method: string, path: string, body?: unknown) => {
      const res = await fetch(studio.url + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
    };
    // The UI auto-connects the single camera. The body starts with the camera holding the priority key, and
    // the studio moves it to the PC as part of the connect (keepCameraPriority is off): the settings become
    // writable without anyone clicking "Switch to PC Remote".
    await page.getByTestId('connection-state').filter({ hasText: 'Connected' }).waitFor();
    await page.getByRole('combobox', { name: 'ISO', exact: true, disabled: false }).waitFor();
    if ((await page.getByRole('button', { name: 'Switch to PC Remote' }).count()) > 0)
      throw new Error('the camera still holds the priority key after connecting');
    const cameras = await api<{ data: { id: string }[] }>('GET', '/api/studio/cameras');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    return {
      studio,
      browser,
      page,
      problems,
      cameraId: cameras.body.data[0].id,
      api,
      screenshot: async (name) => {
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      },
      close: async () => {
        await browser.close();
        await studio.stop();
      },
    };
  } catch (err) {
    await browser.close();
    await studio.stop();
    throw err;
  }
}

/**
 * Plugs `more` simulated bodies in next to the one the page connected, waits until the studio lists them
 * all and connects each new one in `mode` over REST; returns every body's id.
 */
export async function plugAndConnectBodies(
  s: StudioPage,
  more: number,
  mode: 'remote' | 'remote-transfer',
): Promise<string[]> {
  type Cam = { id: string; connected: boolean };
  const list = async () => (await s.api<{ data: Cam[] }>('GET', '/api/studio/cameras')).body.data;
  const before = (await list()).length;
  for (let i = 0; i < more; i++) s.studio.sim.addCamera();
  await expect.poll(async () => (await list()).length).toBe(before + more);
  const cams = await list();
  for (const c of cams.filter((x) => !x.connected))
    expect((await s.api('POST', `/api/studio/cameras/${c.id}/connect`, { mode })).status).toBe(200);
  return cams.map((c) => c.id);
}
