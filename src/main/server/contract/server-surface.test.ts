import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_API_ROUTES, alphaRoutes } from '../../../shared/api';
import { type Harness, startHarness } from '../testing/contract-harness';
import { alphaSpecOperations } from '../../../shared/api/testing/alpha-spec';

let h: Harness;
let rendererDir: string;

beforeAll(async () => {
  h = await startHarness();
  rendererDir = join(h.dir, 'renderer');
});
afterAll(() => h.close());

describe('the API surface', () => {
  it('implements every operation of the vendored Alpha API v3 document: same method, path, operationId', () => {
    const spec = alphaSpecOperations();
    expect(new Set(spec.map((o) => o.operationId)).size).toBe(spec.length);
    const byId = new Map(Object.values(alphaRoutes).map((r) => [r.operationId, r]));
    for (const { method, path, operationId } of spec) {
      expect(byId.get(operationId), operationId).toMatchObject({ method, path });
      expect(h.server.operations.has(operationId), `${operationId} has a handler`).toBe(true);
    }
    // Nothing claims to be Alpha API that the document does not define.
    expect([...byId.keys()].sort()).toEqual(spec.map((o) => o.operationId).sort());
    for (const route of ALL_API_ROUTES)
      expect(h.server.operations.has(route.operationId), route.operationId).toBe(true);
  });

  it('reads the document strictly: a layout it does not understand is an error, not an empty list', () => {
    expect(() => alphaSpecOperations('openapi: 3.1.0\ninfo: {}\n')).toThrow(/paths/);
    const broken = 'paths:\n  /api/x:\n    get:\n      summary: no id\ncomponents:\n';
    expect(() => alphaSpecOperations(broken)).toThrow(/layout changed/);
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas, and a docs page', async () => {
    const res = await h.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { operationId: string; requestBody?: unknown; parameters: { name: string }[] }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ops.sort()).toEqual(ALL_API_ROUTES.map((r) => r.operationId).sort());
    const setProp = doc.paths['/api/cameras/{cameraId}/properties/{propertyName}'].put;
    expect(setProp.requestBody).toMatchObject({
      required: true,
      content: { 'application/json': { schema: { type: 'object', required: ['value'] } } },
    });
    expect(setProp.parameters.map((p) => p.name)).toEqual(['cameraId', 'propertyName']);
    const docs = await h.call('GET', '/api/docs');
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    const html = docs.body.toString('utf8');
    for (const route of ALL_API_ROUTES) expect(html).toContain(route.path.replace(/&/g, '&amp;'));
    expect(html).not.toMatch(/<script|https?:\/\/(?!127)/);
  });

  it('answers unknown routes, malformed JSON, wrong types and oversized bodies with JSON 4xx', async () => {
    const unknown = await h.call('GET', '/api/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ success: false, code: 'NOT_FOUND' });
    const path = `/api/cameras/${h.cameraId}/properties/iso`;
    const malformed = await h.call('PUT', path, { body: '{"value": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({
      success: false,
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/not valid JSON/),
    });
    const wrongType = await h.call('PUT', path, { body: { value: [1, 2] } });
    expect(wrongType.json).toMatchObject({ code: 'INVALID_ARGUMENT' });
    const big = await h.call('PUT', path, { body: JSON.stringify({ value: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(big.status).toBe(413);
    expect(big.json).toMatchObject({ success: false });
    const badUrl = await h.call('GET', '/api/cameras/%E0%A4%A/connection');
    expect(badUrl.status).toBe(400);
    expect(badUrl.json).toMatchObject({ success: false });
  });

  it('accepts an empty JSON body where the body is optional, and JSON sent as text/plain (curl -d)', async () => {
    const empty = await h.call('POST', `/api/cameras/${h.cameraId}/live-view/streams/close`, {
      headers: { 'Content-Type': 'application/json' },
      body: '',
    });
    expect(empty.status).toBe(200);
    const text = await h.call('POST', `/api/cameras/${h.cameraId}/connection`, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '{"mode":"remote"}',
    });
    expect(text.status).toBe(200);
    expect(text.json).toMatchObject({ data: { mode: 'remote' } });
  });

  it('serves a hint page at / until the renderer is built, then the built renderer with SPA fallback', async () => {
    const hint = await startHarness({ server: { rendererDir } });
    try {
      const page = await hint.call('GET', '/');
      expect(page.status).toBe(200);
      expect(page.body.toString()).toContain('npm run build');
      mkdirSync(join(rendererDir, 'assets'), { recursive: true });
      writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>UI</title>');
      writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
      const index = await hint.call('GET', '/');
      expect(index.body.toString()).toContain('<title>UI</title>');
      expect(index.headers['content-security-policy']).toContain("default-src 'self'");
      const asset = await hint.call('GET', '/assets/app.js');
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect(asset.headers['cache-control']).toContain('immutable');
      expect((await hint.call('GET', '/sessions/today')).body.toString()).toContain('<title>UI</title>');
      expect((await hint.call('GET', '/missing.js')).status).toBe(404);
      expect((await hint.call('GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
      expect((await hint.call('GET', '/..%2f..%2fpackage.json')).status).toBe(404);
    } finally {
      await hint.close();
    }
  });

  it('POST /api/server/shutdown answers first, then asks the owner to shut down', async () => {
    const res = await h.call('POST', '/api/server/shutdown');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ success: true });
    await h.shutdownRequested;
    expect(h.shutdownRequests).toBe(1);
  });
});
