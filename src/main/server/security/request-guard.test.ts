import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { isLoopbackHost, parseHostHeader } from './host-policy';
import { createRequestGuard, type GuardRequest } from './request-guard';

const req = (method: string, headers: Record<string, string>, url = '/api/cameras'): GuardRequest => ({
  method,
  url,
  headers,
});
const loopback = createRequestGuard({
  bindHost: '127.0.0.1',
  port: () => 8080,
  allowedOrigins: ['http://localhost:5173'],
});

describe('request guard', () => {
  it('accepts loopback Host names on the bound port only', () => {
    for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', 'LOCALHOST:8080']) {
      expect(loopback(req('GET', { host })).ok).toBe(true);
    }
    for (const host of ['evil.example:8080', '127.0.0.1:9999', '127.0.0.1', 'attacker.com', '']) {
      const r = loopback(req('GET', { host }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe(ErrorCode.Forbidden);
    }
    expect(loopback(req('GET', {})).ok).toBe(false);
  });

  it('refuses cross-origin writes but allows same-origin and allow-listed origins', () => {
    const host = '127.0.0.1:8080';
    expect(loopback(req('POST', { host, origin: 'http://127.0.0.1:8080' })).ok).toBe(true);
    expect(loopback(req('POST', { host })).ok).toBe(true);
    const foreign = loopback(req('POST', { host, origin: 'https://evil.example' }));
    expect(foreign.ok).toBe(false);
    expect(loopback(req('PUT', { host, origin: 'null' })).ok).toBe(false);
    expect(loopback(req('GET', { host, origin: 'https://evil.example' })).ok).toBe(true);
    const allowed = loopback(req('DELETE', { host, origin: 'http://localhost:5173' }));
    expect(allowed.ok && allowed.headers['Access-Control-Allow-Origin']).toBe('http://localhost:5173');
  });

  it('answers CORS preflights for allowed origins only', () => {
    const host = '127.0.0.1:8080';
    const pre = { host, 'access-control-request-method': 'POST' };
    const ok = loopback(req('OPTIONS', { ...pre, origin: 'http://localhost:5173' }));
    expect(ok.ok && ok.preflight).toBe(true);
    expect(loopback(req('OPTIONS', { ...pre, origin: 'https://evil.example' })).ok).toBe(false);
  });

  it('requires the token when configured: header, query or the cookie set from the query', () => {
    const guard = createRequestGuard({ bindHost: '0.0.0.0', port: () => 8080, token: 's3cret' });
    const host = '127.0.0.1:8080';
    const none = guard(req('GET', { host }));
    expect(!none.ok && none.error.code).toBe(ErrorCode.Unauthorized);
    expect(guard(req('GET', { host, authorization: 'Bearer wrong' })).ok).toBe(false);
    expect(guard(req('GET', { host, authorization: 'Bearer s3cret' })).ok).toBe(true);
    const viaQuery = guard(req('GET', { host }, '/api/events?token=s3cret'));
    expect(viaQuery.ok && viaQuery.headers['Set-Cookie']).toMatch(
      /^tether_token=s3cret; HttpOnly; SameSite=Strict/,
    );
    expect(guard(req('GET', { host, cookie: 'a=b; tether_token=s3cret' })).ok).toBe(true);
    expect(guard(req('GET', { host }, '/api/events?token=nope')).ok).toBe(false);
  });

  it('parses Host headers and recognises loopback addresses', () => {
    expect(parseHostHeader('[::1]:8080')).toEqual({ hostname: '::1', port: 8080 });
    expect(parseHostHeader('example.com')).toEqual({ hostname: 'example.com', port: null });
    expect(parseHostHeader('a b')).toBeNull();
    expect(parseHostHeader('x:99999')).toBeNull();
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('192.168.1.10')).toBe(false);
  });
});
