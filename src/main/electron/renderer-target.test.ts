import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isRendererUrl, resolveRendererTarget } from './renderer-target';

const mainDir = join('/opt', 'tether', 'out', 'main');
const indexFile = join('/opt', 'tether', 'out', 'renderer', 'index.html');

describe('resolveRendererTarget', () => {
  it('loads the built index.html in production', () => {
    expect(resolveRendererTarget({}, mainDir, true)).toEqual({ kind: 'file', file: indexFile });
    expect(
      resolveRendererTarget({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, mainDir, true).kind,
    ).toBe('file');
  });

  it('uses the dev server only for a local http URL in an unpackaged app', () => {
    expect(
      resolveRendererTarget({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, mainDir, false),
    ).toEqual({ kind: 'url', url: 'http://localhost:5173/' });
    expect(
      resolveRendererTarget({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, mainDir, false).kind,
    ).toBe('file');
    expect(resolveRendererTarget({ ELECTRON_RENDERER_URL: 'file:///etc/passwd' }, mainDir, false).kind).toBe(
      'file',
    );
  });
});

describe('isRendererUrl', () => {
  const file = { kind: 'file', file: indexFile } as const;
  const dev = { kind: 'url', url: 'http://localhost:5173/' } as const;

  it('accepts our built document with any hash or query, nothing else', () => {
    const url = pathToFileURL(indexFile).href;
    expect(isRendererUrl(file, url)).toBe(true);
    expect(isRendererUrl(file, `${url}#/card`)).toBe(true);
    expect(isRendererUrl(file, pathToFileURL('/opt/tether/out/renderer/other.html').href)).toBe(false);
    expect(isRendererUrl(file, 'file:///tmp/index.html')).toBe(false);
    expect(isRendererUrl(file, 'http://localhost:5173/')).toBe(false);
    expect(isRendererUrl(file, 'not a url')).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    expect(isRendererUrl(dev, 'http://localhost:5173/index.html')).toBe(true);
    expect(isRendererUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isRendererUrl(dev, 'http://127.0.0.1:5173/')).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('is strict in production: no inline or eval script, nothing remote', () => {
    const csp = contentSecurityPolicy({ kind: 'file', file: indexFile });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('allows the dev server HMR socket in development only', () => {
    const csp = contentSecurityPolicy({ kind: 'url', url: 'http://localhost:5173/' });
    expect(csp).toContain("connect-src 'self' ws://localhost:5173 http://localhost:5173");
    expect(csp).not.toContain('unsafe-eval');
  });
});
