import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EVT, SIZE, TC, type NativeEvent } from './abi';
import { decodeEvent } from './abi-decode';
import { callAsync } from './bindings';
import { loadNativeApi } from './availability';
import { EventPump } from './event-pump';
import type { LibraryLocation } from './library-path';
import type { NativeApi } from './native-api';
import type { StandInControl } from './standin-control';
import { NATIVE_BUILD_TIMEOUT_MS, ensureNativeLibrary } from './testing/native-harness';

// The bridge's event queue under floods of SDK callbacks fired from several native threads at once
// (StandIn_Flood), drained from JS through koffi `.async` exactly as the driver drains it.

const FLOOD_TAG = 0x7f000000;
const isFlood = (ev: NativeEvent) =>
  ev.type === EVT.PROPERTY_CHANGED && (ev.codes[0] & 0xff000000) >>> 0 === FLOOD_TAG;

let location: LibraryLocation;
let standIn: StandInControl;
let api: NativeApi;
let ctx = 0;

beforeAll(async () => {
  ({ location, standIn } = await ensureNativeLibrary());
  api = loadNativeApi(location);
}, NATIVE_BUILD_TIMEOUT_MS);

afterEach(async () => {
  if (ctx) await api.release(ctx);
  ctx = 0;
});

async function connectedContext(capacity: number): Promise<number> {
  ctx = await api.init(capacity);
  const [cam] = await api.enumerate(ctx);
  expect(cam, 'the stand-in presents a camera').toBeDefined();
  await api.connect(ctx, cam.id, 0, false, 5000);
  return ctx;
}

describe('bridge event queue', () => {
  it('delivers every callback of an 8-thread flood, in per-thread order, while JS drains concurrently', async () => {
    await connectedContext(65536);
    const threads = 8;
    const perThread = 2500;
    const next = new Array<number>(threads).fill(0);
    let outOfOrder = 0;
    let flood = 0;
    const pump = new EventPump(api.raw, ctx, {
      waitMs: 50,
      onEvent: (ev) => {
        if (!isFlood(ev)) return;
        const t = ev.codes[0] & 0xff;
        if (ev.codes[1] !== next[t]) outOfOrder++;
        next[t] = ev.codes[1] + 1;
        flood++;
      },
    });
    pump.start();
    const fired = await standIn.flood(threads, perThread);
    expect(fired).toBe(threads * perThread);
    await expect.poll(() => flood, { timeout: 10_000, interval: 20 }).toBe(fired);
    await pump.stop();
    expect(outOfOrder).toBe(0);
    expect(next).toEqual(new Array(threads).fill(perThread));
    expect(pump.counters.dropped).toBe(0);
    const stats = api.stats(ctx);
    expect(stats.eventsDropped).toBe(0);
    expect(stats.eventsPushed).toBe(stats.eventsDrained);
  });

  it('never blocks SDK threads on a stalled consumer: drops the oldest and reports exactly how many', async () => {
    const capacity = 256;
    await connectedContext(capacity);
    const threads = 4;
    const perThread = 5000;
    // Nobody drains while the flood runs: a blocking push would hang here (until the test timeout fails it).
    const fired = await standIn.flood(threads, perThread);
    expect(fired).toBe(threads * perThread);

    const before = api.stats(ctx);
    expect(before.queueDepth).toBe(capacity);
    expect(before.eventsDropped).toBe(before.eventsPushed - capacity);

    const received: NativeEvent[] = [];
    let reportedDrops = 0;
    const buf = Buffer.alloc(SIZE.event * 512);
    for (;;) {
      const n = await callAsync(api.raw.waitEvents, ctx, buf, 512, 0);
      expect(n).toBeGreaterThanOrEqual(0);
      if (n === 0) break;
      for (let i = 0; i < n; i++) {
        const ev = decodeEvent(buf, i);
        if (ev.type === EVT.OVERFLOW) reportedDrops += ev.param2;
        else received.push(ev);
      }
    }
    const after = api.stats(ctx);
    // Every push is accounted for: delivered or reported dropped, nothing else.
    expect(reportedDrops).toBe(after.eventsDropped);
    expect(received.length + reportedDrops).toBe(after.eventsPushed);
    // Drop-oldest: the survivors are the newest pushes, with contiguous sequence numbers up to the last one.
    const seqs = received.map((e) => e.seq);
    expect(seqs.at(-1)).toBe(after.eventsPushed);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBe(seqs[i - 1] + 1);
    const floodSeen = received.filter(isFlood).length;
    expect(floodSeen).toBeLessThanOrEqual(fired);
    expect(floodSeen + reportedDrops).toBeGreaterThanOrEqual(fired);
  });

  it('wakes a waiting drain with TC_ERR_CLOSED when the context is released', async () => {
    ctx = await api.init(64);
    const buf = Buffer.alloc(SIZE.event * 4);
    // A wait far longer than the test's own timeout: only the release can end it in time.
    const waiting = callAsync(api.raw.waitEvents, ctx, buf, 4, 600_000);
    // Gives the drain a moment to block first (not asserted on: a release before it waits answers the same).
    await new Promise((r) => setTimeout(r, 50));
    await api.release(ctx);
    ctx = 0;
    expect(await waiting).toBe(TC.ERR_CLOSED);
  });
});
