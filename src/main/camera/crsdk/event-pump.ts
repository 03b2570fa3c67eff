import { EVT, SIZE, TC, type NativeEvent } from './abi';
import { decodeEvent } from './abi-decode';
import { callAsync, type RawBindings } from './bindings';

/** Options of {@link EventPump}. */
export interface EventPumpOptions {
  /** Events drained per native call. */
  batch?: number;
  /** How long one native wait may block a libuv worker before returning empty. */
  waitMs?: number;
  /** Called for each event, in queue order, on the JS thread. */
  onEvent: (event: NativeEvent) => void;
  /** Called when a drain call fails (the pump retries after a short pause). */
  onError?: (err: unknown) => void;
}

/**
 * Drains the bridge's event queue: one `tc_wait_events` at a time through koffi `.async`, so a libuv worker
 * waits while SDK threads only ever copy into the queue (they never wait for JavaScript). Ends when the
 * context is released (TC_ERR_CLOSED) or `stop()` is called.
 */
export class EventPump {
  private running = false;
  private loop: Promise<void> | null = null;
  private readonly buf: Buffer;
  private readonly batch: number;
  private readonly waitMs: number;
  /** Events handed to `onEvent`, and events the bridge reported dropped (OVERFLOW). */
  readonly counters = { delivered: 0, dropped: 0 };

  constructor(
    private readonly raw: RawBindings,
    private readonly ctx: number,
    private readonly options: EventPumpOptions,
  ) {
    this.batch = options.batch ?? 256;
    this.waitMs = options.waitMs ?? 200;
    // One buffer for the life of the pump: each batch is decoded before the next wait is issued.
    this.buf = Buffer.alloc(SIZE.event * this.batch);
  }

  /** Starts draining. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the wait in flight returns (at most `waitMs`, or at once when the context closes). */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Resolves when the pump has ended by itself (context closed). */
  get done(): Promise<void> {
    return this.loop ?? Promise.resolve();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let n: number;
      try {
        n = await callAsync(this.raw.waitEvents, this.ctx, this.buf, this.batch, this.waitMs);
      } catch (err) {
        this.options.onError?.(err);
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      if (n === TC.ERR_CLOSED || n === TC.ERR_INVALID_HANDLE) break;
      if (n < 0) {
        this.options.onError?.(new Error(`tc_wait_events returned ${n}`));
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      for (let i = 0; i < n; i++) {
        const ev = decodeEvent(this.buf, i);
        if (ev.type === EVT.OVERFLOW) this.counters.dropped += ev.param2;
        else this.counters.delivered++;
        try {
          this.options.onEvent(ev);
        } catch (err) {
          this.options.onError?.(err);
        }
      }
    }
    this.running = false;
  }
}
