import { describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../shared/events';
import { EventBus } from './event-bus';

describe('EventBus', () => {
  it('delivers named and framed events, and unsubscribes', () => {
    const bus = new EventBus();
    const named: string[] = [];
    const any: StudioEvent[] = [];
    const off = bus.on('cameraRemoved', (e) => named.push(e.cameraId));
    const offAny = bus.onAny((e) => any.push(e));
    bus.emit('cameraRemoved', { cameraId: 'a' });
    off();
    offAny();
    bus.emit('cameraRemoved', { cameraId: 'b' });
    expect(named).toEqual(['a']);
    expect(any).toEqual([{ event: 'cameraRemoved', data: { cameraId: 'a' } }]);
    expect(bus.listenerCount('cameraRemoved')).toBe(0);
  });

  it('isolates a throwing listener from the others and from the emitter', () => {
    const errors: string[] = [];
    const bus = new EventBus((event, err) => errors.push(`${event}: ${(err as Error).message}`));
    const got: string[] = [];
    bus.on('cameraRemoved', () => {
      throw new Error('boom');
    });
    bus.on('cameraRemoved', (e) => got.push(`named ${e.cameraId}`));
    bus.onAny(() => {
      throw new Error('any boom');
    });
    bus.onAny((e) => got.push(`any ${e.event}`));
    expect(() => bus.emit('cameraRemoved', { cameraId: 'x' })).not.toThrow();
    expect(got).toEqual(['named x', 'any cameraRemoved']);
    expect(errors).toEqual(['cameraRemoved: boom', 'cameraRemoved: any boom']);
  });

  it('supports once, off by function, and waitFor', async () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.once('cameraRemoved', (e) => seen.push(e.cameraId));
    const fn = (e: { cameraId: string }) => seen.push(`fn ${e.cameraId}`);
    bus.on('cameraRemoved', fn);
    bus.off('cameraRemoved', fn);
    const waited = bus.waitFor('cameraRemoved', (e) => e.cameraId === 'b');
    bus.emit('cameraRemoved', { cameraId: 'a' });
    bus.emit('cameraRemoved', { cameraId: 'b' });
    expect(await waited).toEqual({ cameraId: 'b' });
    expect(seen).toEqual(['a']);
  });
});
