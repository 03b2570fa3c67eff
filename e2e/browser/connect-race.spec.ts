import type { Browser, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, openStudioPage } from '../helpers/chromium';
import { startTestStudio, type TestStudio } from '../helpers/studio-server';

/**
 * Issue 9: Connect clicked at every moment of an auto-connect (the page's own, on load) always ends connected.
 * The simulated body's connect is held at the camera until the test lets it through, so each moment is exact.
 */
describe.skipIf(!chromiumAvailable())('browser UI: Connect at every moment of an auto-connect', () => {
  let studio: TestStudio;
  let browser: Browser;
  let release: () => void;
  let connectsAtCamera = 0;
  let disconnects = 0;
  /** Resolves when the first connect reached the camera (and is held there). */
  let atCamera: Promise<void>;

  beforeEach(async () => {
    studio = await startTestStudio();
    const sim = studio.sim;
    const connect = sim.connect.bind(sim);
    const disconnect = sim.disconnect.bind(sim);
    const held = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    atCamera = new Promise<void>((r) => (reached = r));
    connectsAtCamera = 0;
    disconnects = 0;
    sim.connect = async (...args) => {
      connectsAtCamera++;
      reached();
      await held;
      return connect(...args);
    };
    sim.disconnect = async (id) => {
      disconnects++;
      return disconnect(id);
    };
    browser = await launchChromium();
  });
  afterEach(async () => {
    release?.();
    await browser?.close();
    await studio?.stop();
  });

  const state = (page: Page) => page.getByTestId('connection-state');
  const connected = async (page: Page) => {
    await state(page)
      .filter({ hasText: /^Connected$/ })
      .waitFor({ timeout: 15_000 });
  };
  const cameraState = () => studio.studio.cameras.list().then(([c]) => c?.state);
  /** A second browser client that does not auto-connect: it only sees what the others do over SSE. */
  const quietPage = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(() =>
      localStorage.setItem('tether-studio.ui-prefs', JSON.stringify({ autoConnect: false, mode: 'remote' })),
    );
    const page = await context.newPage();
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Connect', exact: true }).waitFor();
    return page;
  };

  it('before: Connect clicked on another page before the auto-connect: the auto-connect joins it', async () => {
    const quiet = await quietPage();
    await quiet.getByRole('button', { name: 'Connect', exact: true }).click();
    await atCamera;
    const { page } = await openStudioPage(browser, studio.url);
    await page.getByRole('button', { name: /^(Connecting…|Disconnect)$/ }).waitFor();
    release();
    await connected(page);
    await connected(quiet);
    expect(await cameraState()).toBe('connected');
    expect(connectsAtCamera).toBe(1);
    expect(disconnects).toBe(0);
    expect(await quiet.getByRole('alert').count()).toBe(0);
  });

  it('during: the button reads "Connecting…", is disabled, and a click on it does nothing', async () => {
    const { page } = await openStudioPage(browser, studio.url);
    await atCamera;
    const button = page.getByRole('button', { name: 'Connecting…' });
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    const box = await button.boundingBox();
    if (!box) throw new Error('no button box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    release();
    await connected(page);
    // The button that just flipped stays still (disabled) for a moment so it can be read, then works.
    await page.locator('button:not([disabled])', { hasText: /^Disconnect$/ }).waitFor({ timeout: 5000 });
    expect(await page.getByRole('button', { name: 'Disconnect' }).isEnabled()).toBe(true);
    expect(await cameraState()).toBe('connected');
    expect(disconnects).toBe(0);
  });

  it('at completion: a press on Connect that the auto-connect turns into Disconnect does not disconnect', async () => {
    const quiet = await quietPage();
    const button = quiet.getByRole('button', { name: 'Connect', exact: true });
    const box = await button.boundingBox();
    if (!box) throw new Error('no button box');
    // The press starts on "Connect"; the auto-connect of another page then runs to its end under it.
    await quiet.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await quiet.mouse.down();
    const { page } = await openStudioPage(browser, studio.url);
    await atCamera;
    release();
    await connected(page);
    await quiet.getByRole('button', { name: 'Disconnect' }).waitFor();
    await quiet.mouse.up();
    // Any request the release could have sent reaches the studio before a later one from the same page.
    await quiet.evaluate(() => fetch('/api/studio/status').then((r) => r.status));
    await connected(quiet);
    expect(await cameraState()).toBe('connected');
    expect(disconnects).toBe(0);
  });

  it('after: Connect from a page that saw the camera connected elsewhere is answered "already connected"', async () => {
    const quiet = await quietPage();
    release();
    const { page } = await openStudioPage(browser, studio.url);
    await connected(page);
    // A script's connect while the window holds the camera: 200, no change.
    const res = await fetch(
      `${studio.url}/api/cameras/${(await studio.studio.cameras.list())[0].id}/connection`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mode: 'remote' }),
      },
    );
    expect(res.status).toBe(200);
    expect((await res.json()).message).toBe('Camera already connected');
    await connected(quiet);
    expect(await cameraState()).toBe('connected');
    expect(connectsAtCamera).toBe(1);
    expect(disconnects).toBe(0);
  });
});
