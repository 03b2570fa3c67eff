import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../server/server';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';
import { builtRendererDir, EmbeddedServer } from './embedded-server';

let h: FakeStudio;
let server: EmbeddedServer | undefined;
afterEach(async () => {
  await server?.stop();
  await h?.cleanup();
});

const env = { TETHER_SERVER: 'on', TETHER_SERVER_PORT: '0' };

describe('EmbeddedServer', () => {
  it('serves the renderer built next to the main bundle (out/main → out/renderer) at /', async () => {
    h = await fakeStudio();
    const out = join(h.dir, 'app', 'out');
    mkdirSync(join(out, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(out, 'renderer', 'index.html'), '<!doctype html><title>Built UI</title>');
    writeFileSync(join(out, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    expect(builtRendererDir(join(out, 'main'))).toBe(join(out, 'renderer'));

    server = new EmbeddedServer(h.studio, startServer, builtRendererDir(join(out, 'main')));
    await server.startFromSettings(env);
    const url = server.state().url as string;
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>Built UI</title>');
    expect(await (await fetch(`${url}/assets/app.js`)).text()).toBe('console.log(1)');
  });

  it('shows the build hint (and still serves the API) when the renderer is not built', async () => {
    h = await fakeStudio();
    server = new EmbeddedServer(h.studio, startServer, builtRendererDir(join(h.dir, 'nothing', 'main')));
    await server.startFromSettings(env);
    const url = server.state().url as string;
    expect(await (await fetch(`${url}/`)).text()).toMatch(/npm run build/);
    expect((await fetch(`${url}/api/server/status`)).status).toBe(200);
  });
});
