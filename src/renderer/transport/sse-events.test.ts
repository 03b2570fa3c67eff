// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { StudioEvent } from '../../shared/events';
import type { StudioLink } from '../../shared/studio-client';
import { RECONNECT_DELAYS_MS, SseEventHub } from './sse-events';

/** A minimal EventSource stand-in that records instances and lets tests dispatch named events. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly listeners = new Map<string, ((e: { data: string }) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(name: string, fn: (e: { data: string }) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
  }
  close() {
    this.closed = true;
  }
  /** Without `data`: a plain Event, as the browser fires for `open` and a failed stream's `error`. */
  dispatch(name: string, data?: string) {
    for (const fn of this.listeners.get(name) ?? [])
      fn(data === undefined ? ({} as { data: string }) : { data });
  }
}

describe('SseEventHub', () => {
  it('opens one EventSource for many subscribers and closes it after the last leaves', () => {
    FakeEventSource.instances = [];
    const hub = new SseEventHub('/api/events', FakeEventSource as unknown as typeof EventSource);
    const a: StudioEvent[] = [];
    const b: StudioEvent[] = [];
    const offA = hub.subscribe((e) => a.push(e));
    const offB = hub.subscribe((e) => b.push(e));
    expect(FakeEventSource.instances).toHaveLength(1);
    const es = FakeEventSource.instances[0];
    es.dispatch('propertyChanged', JSON.stringify({ cameraId: 'C', codes: [1, 2] }));
    expect(a).toEqual([{ event: 'propertyChanged', data: { cameraId: 'C', codes: [1, 2] } }]);
    expect(b).toHaveLength(1);
    offA();
    expect(es.closed).toBe(false);
    offB();
    expect(es.closed).toBe(true);
  });

  it('drops malformed JSON and payloads that fail the event schema', () => {
    FakeEventSource.instances = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hub = new SseEventHub('/api/events', FakeEventSource as unknown as typeof EventSource);
    const got: StudioEvent[] = [];
    hub.subscribe((e) => got.push(e));
    const es = FakeEventSource.instances[0];
    es.dispatch('afStatus', '{nope');
    es.dispatch('afStatus', JSON.stringify({ cameraId: 'C', state: 'sideways' }));
    es.dispatch('afStatus', JSON.stringify({ cameraId: 'C', state: 'focused' }));
    expect(got).toEqual([{ event: 'afStatus', data: { cameraId: 'C', state: 'focused' } }]);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('reports the link: up when the stream opens, down with the next attempt when it drops, then reopens', () => {
    vi.useFakeTimers({ now: 1_000 });
    try {
      FakeEventSource.instances = [];
      const hub = new SseEventHub('/api/events', FakeEventSource as unknown as typeof EventSource);
      const links: StudioLink[] = [];
      hub.subscribe(() => undefined);
      hub.subscribeLink((l) => links.push(l));
      expect(links.at(-1)?.state).toBe('connecting');
      const first = FakeEventSource.instances[0];
      first.dispatch('open');
      expect(links.at(-1)?.state).toBe('up');

      // The studio went away: the source is closed (no browser retry loop) and our own retry is scheduled.
      first.dispatch('error');
      expect(first.closed).toBe(true);
      expect(links.at(-1)).toEqual({ state: 'down', retryAt: 1_000 + RECONNECT_DELAYS_MS[0], attempts: 1 });
      vi.advanceTimersByTime(RECONNECT_DELAYS_MS[0]);
      expect(FakeEventSource.instances).toHaveLength(2);
      // Still down: the next wait is longer.
      FakeEventSource.instances[1].dispatch('error');
      expect(links.at(-1)).toMatchObject({ state: 'down', attempts: 2 });
      expect(links.at(-1)?.retryAt).toBe(Date.now() + RECONNECT_DELAYS_MS[1]);
      // "Retry now" skips the wait; the studio answers with its handshake.
      hub.reconnectNow();
      expect(FakeEventSource.instances).toHaveLength(3);
      FakeEventSource.instances[2].dispatch('connected', JSON.stringify({ cameraId: '*' }));
      expect(links.at(-1)).toEqual({ state: 'up', retryAt: null, attempts: 0 });
      // An error from a source already replaced changes nothing, nor does the studio's own `error` event.
      first.dispatch('error');
      FakeEventSource.instances[2].dispatch(
        'error',
        JSON.stringify({ cameraId: 'C', code: 'X', message: 'm' }),
      );
      expect(links.at(-1)?.state).toBe('up');
      expect(FakeEventSource.instances[2].closed).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
