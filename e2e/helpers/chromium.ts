import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium: the only browser the e2e tests use (Playwright browsers cannot be downloaded here). */
export const CHROMIUM_PATH = process.env.TETHER_CHROMIUM ?? '/usr/bin/chromium';

/** The launch flags the house rules prescribe. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--headless',
];

/** True when Chromium is installed. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A page at `url` with a desktop-sized viewport; collects console errors and CSP violations. */
export async function openStudioPage(
  browser: Browser,
  url: string,
  viewport = { width: 1600, height: 1000 },
) {
  const context: BrowserContext = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // A 4xx answer is an application-level refusal the UI handles and shows; anything else is a problem.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text()))
      problems.push(`${m.text()} @ ${m.location().url}:${m.location().lineNumber}`);
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  return { context, page, problems };
}
