import { describe, expect, it } from 'vitest';
import { TypedEmitter } from './typed-emitter';

describe('TypedEmitter', () => {
  it('delivers typed payloads and unsubscribes', () => {
    const e = new TypedEmitter<{ a: number }>();
    const got: number[] = [];
    const off = e.on('a', (n) => got.push(n));
    e.emit('a', 1);
    off();
    e.emit('a', 2);
    expect(got).toEqual([1]);
    expect(e.listenerCount('a')).toBe(0);
  });

  it('does not throw when an `error` event has no listener', () => {
    const e = new TypedEmitter<{ error: { message: string } }>();
    expect(() => e.emit('error', { message: 'x' })).not.toThrow();
  });

  it('waitFor resolves on a matching payload and rejects on timeout', async () => {
    const e = new TypedEmitter<{ n: number }>();
    const p = e.waitFor('n', (n) => n > 1);
    e.emit('n', 1);
    e.emit('n', 2);
    await expect(p).resolves.toBe(2);
    await expect(e.waitFor('n', () => true, 10)).rejects.toThrow(/timed out/);
  });
});
