import type { LiveViewFrame, LiveViewStatus } from '../../shared/camera-types';
import { toErrorValue } from '../../shared/errors';
import type { CameraRegistryApi } from './camera-registry-api';
import type { FrameConsumer, LiveViewHubApi } from './live-view-api';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { EventBus } from '../core/event-bus';

/** Dependencies of {@link LiveViewHub}. */
export interface LiveViewHubDeps {
  driver: CameraDriver;
  registry: CameraRegistryApi;
  bus: EventBus;
  log: Logger;
}

interface Channel {
  consumers: Set<FrameConsumer>;
  /** Held by the Alpha API's explicit `live-view/start`. */
  held: boolean;
  latest: LiveViewFrame | null;
  /** Whether we have the driver streaming for us. */
  streaming: boolean;
  /** The reconcile loop in progress, if any. */
  busy: Promise<void> | null;
  /** Why the last start/stop failed (cleared on success). */
  lastError: unknown;
}

/**
 * Live-view fan-out. Per camera it keeps only the latest frame and hands that same frame object to every
 * consumer (no copies, no queue). The driver streams only while someone watches: the first consumer
 * starts it, the last one leaving stops it.
 *
 * Consumers are called synchronously on the driver's frame event, in subscription order. They must return
 * quickly and never block: a consumer that cannot keep up (a slow socket, a busy renderer) must drop
 * frames itself and pick up `latest()` when it is ready, never queue them. A throwing consumer is
 * logged and does not affect the others.
 */
export class LiveViewHub implements LiveViewHubApi {
  private readonly channels = new Map<string, Channel>();
  private readonly offs: (() => void)[] = [];

  constructor(private readonly deps: LiveViewHubDeps) {}

  /** Subscribes to frames and connection changes. */
  attach(): void {
    const ev = this.deps.driver.events;
    this.offs.push(
      ev.on('frame', (frame) => this.onFrame(frame)),
      this.deps.bus.on('connectionState', ({ cameraId, state }) => this.onConnection(cameraId, state)),
    );
  }

  /** Stops every stream we started and unsubscribes everybody (studio shutdown). */
  async shutdown(): Promise<void> {
    this.offs.splice(0).forEach((off) => off());
    for (const [cameraId, ch] of this.channels) {
      ch.consumers.clear();
      ch.held = false;
      await this.reconcile(cameraId);
    }
  }

  subscribe(cameraId: string, consumer: FrameConsumer): () => void {
    if (typeof consumer !== 'function') throw new TypeError('consumer must be a function');
    const ch = this.channel(cameraId);
    // A wrapper makes every subscription distinct, even when the same function subscribes twice.
    const entry: FrameConsumer = (frame) => consumer(frame);
    ch.consumers.add(entry);
    void this.reconcile(cameraId);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      ch.consumers.delete(entry);
      void this.reconcile(cameraId);
    };
  }

  latest(cameraId: string): LiveViewFrame | null {
    return this.channels.get(cameraId)?.latest ?? null;
  }

  status(cameraId: string): LiveViewStatus & { consumers: number } {
    const ch = this.channels.get(cameraId);
    let driverStatus: LiveViewStatus = { enabled: false, streaming: false };
    try {
      driverStatus = this.deps.driver.getLiveViewStatus(cameraId);
    } catch {
      // Unknown or disconnected camera: report not streaming.
    }
    return { ...driverStatus, consumers: (ch?.consumers.size ?? 0) + (ch?.held ? 1 : 0) };
  }

  async start(cameraId: string): Promise<void> {
    this.deps.registry.requireConnected(cameraId);
    const ch = this.channel(cameraId);
    ch.held = true;
    await this.reconcile(cameraId);
    if (!ch.streaming && ch.lastError) throw ch.lastError;
  }

  async stop(cameraId: string): Promise<void> {
    const ch = this.channels.get(cameraId);
    if (!ch) return;
    ch.held = false;
    await this.reconcile(cameraId);
  }

  async setEnabled(cameraId: string, enabled: boolean): Promise<void> {
    this.deps.registry.requireConnected(cameraId);
    await this.deps.driver.setLiveViewEnabled(cameraId, enabled);
    this.emitState(cameraId);
  }

  private channel(cameraId: string): Channel {
    let ch = this.channels.get(cameraId);
    if (!ch) {
      ch = {
        consumers: new Set(),
        held: false,
        latest: null,
        streaming: false,
        busy: null,
        lastError: undefined,
      };
      this.channels.set(cameraId, ch);
    }
    return ch;
  }

  private onFrame(frame: LiveViewFrame): void {
    const ch = this.channels.get(frame.cameraId);
    if (!ch) return;
    ch.latest = frame;
    for (const consumer of ch.consumers) {
      try {
        consumer(frame);
      } catch (err) {
        this.deps.log.warn(`live-view consumer threw: ${toErrorValue(err).message}`, {
          cameraId: frame.cameraId,
        });
      }
    }
  }

  private onConnection(cameraId: string, state: string): void {
    const ch = this.channels.get(cameraId);
    if (!ch) return;
    if (state === 'connected') {
      void this.reconcile(cameraId);
    } else if (state === 'disconnected' || state === 'reconnecting') {
      // The body stopped streaming with the link; start again on reconnect if still watched.
      ch.streaming = false;
      ch.latest = null;
    }
  }

  /**
   * Brings the driver in line with demand (stream iff someone watches and the camera is connected).
   * One loop per camera at a time, so rapid subscribe/unsubscribe never starts or stops twice.
   * Never rejects: a failure is reported on the bus and kept in `lastError`.
   */
  private reconcile(cameraId: string): Promise<void> {
    const ch = this.channel(cameraId);
    if (ch.busy) return ch.busy.then(() => this.reconcile(cameraId));
    const run = async (): Promise<void> => {
      for (;;) {
        const want = (ch.consumers.size > 0 || ch.held) && this.deps.registry.state(cameraId) === 'connected';
        if (want === ch.streaming) return;
        if (want) {
          if (!this.deps.driver.getLiveViewStatus(cameraId).enabled)
            await this.deps.driver.setLiveViewEnabled(cameraId, true);
          await this.deps.driver.startLiveView(cameraId);
          ch.streaming = true;
        } else {
          ch.streaming = false;
          if (this.deps.registry.state(cameraId) === 'connected')
            await this.deps.driver.stopLiveView(cameraId);
        }
        ch.lastError = undefined;
        this.emitState(cameraId);
      }
    };
    ch.busy = run()
      .catch((err: unknown) => {
        ch.lastError = err;
        const v = toErrorValue(err);
        this.deps.log.warn(`live view start/stop failed: ${v.message}`, { cameraId });
        this.deps.bus.emit('error', { cameraId, code: v.code, message: `Live view: ${v.message}` });
      })
      .finally(() => {
        ch.busy = null;
      });
    return ch.busy;
  }

  private emitState(cameraId: string): void {
    const { enabled, streaming } = this.status(cameraId);
    this.deps.bus.emit('liveViewState', { cameraId, enabled, streaming });
  }
}
