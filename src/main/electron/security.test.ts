import { describe, expect, it, vi } from 'vitest';
import { externalUrlToOpen, withCsp } from './security';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

describe('externalUrlToOpen', () => {
  it('opens plain http(s) links only', () => {
    expect(externalUrlToOpen('https://alpha.example/docs?a=1')).toBe('https://alpha.example/docs?a=1');
    expect(externalUrlToOpen('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://user:pw@host/',
      'nonsense',
    ]) {
      expect(externalUrlToOpen(url)).toBeNull();
    }
  });
});

describe('withCsp', () => {
  it('replaces any existing CSP header (any case) and keeps the others', () => {
    const headers = { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] };
    expect(withCsp(headers, "default-src 'none'")).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"],
    });
    expect(withCsp(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
