// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { StudioEvent } from '../../shared/events';
import { SseEventHub } from './sse-events';

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
  dispatch(name: string, data: string) {
    for (const fn of this.listeners.get(name) ?? []) fn({ data });
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
});
