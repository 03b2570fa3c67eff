import type { CameraInfo } from '../../../shared/camera-types';
import { toErrorValue } from '../../../shared/errors';
import type { Logger } from '../../core/logger';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { CameraDriver, DriverEventMap } from '../driver';

/** What {@link FallbackHandover} needs from the composite driver. */
export interface FallbackHandoverDeps {
  fallback: CameraDriver;
  log?: Logger;
  /** The composite's events: withdrawals are announced there as `cameraRemoved`. */
  events: TypedEmitter<DriverEventMap>;
  /** The real drivers' bodies offered now. */
  realBodies(): CameraInfo[];
  /** Ids of the fallback's bodies offered now. */
  offered(): string[];
  /** Offers one of the fallback's bodies (emits `cameraAdded`); false when its id is taken. */
  offer(info: CameraInfo): boolean;
  /** Stops routing to one of them (the hand-over announces it). */
  withdraw(cameraId: string): void;
}

/**
 * Keeps the fallback's bodies offered exactly while no real body is: when a real body appears they are
 * withdrawn (a connected one disconnected first, so the studio sees a normal disconnect, then
 * `cameraRemoved`); when the last real body goes they are offered again (`cameraAdded`). Hand-overs run
 * one at a time, in order, each on the state of the moment it runs.
 */
export class FallbackHandover {
  private chain: Promise<void> = Promise.resolve();
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: FallbackHandoverDeps) {}

  /** The driver whose bodies stand in while no real one is there. */
  get fallback(): CameraDriver {
    return this.deps.fallback;
  }

  /** Notes a connect to a fallback body: a withdrawal waits for it to settle, then disconnects. */
  connecting(cameraId: string, connect: Promise<unknown>): void {
    const settled = connect.catch(() => undefined);
    this.inFlight.set(cameraId, settled);
    void settled.then(() => {
      if (this.inFlight.get(cameraId) === settled) this.inFlight.delete(cameraId);
    });
  }

  /** A real body came or went: withdraw or offer the fallback's bodies (queued). */
  update(): void {
    this.chain = this.chain
      .then(() => (this.deps.realBodies().length > 0 ? this.withdrawAll() : this.offerAll()))
      .catch((err: unknown) =>
        this.deps.log?.warn(`fallback camera hand-over failed: ${toErrorValue(err).message}`),
      );
  }

  /** Resolves once every queued hand-over is done (never rejects). */
  settled(): Promise<void> {
    return this.chain;
  }

  private label(info: Pick<CameraInfo, 'id' | 'model'>): string {
    const kind = this.deps.fallback.kind;
    return `${kind === 'sim' ? 'simulated' : kind} ${info.model} (${info.id})`;
  }

  private async withdrawAll(): Promise<void> {
    const ids = this.deps.offered();
    if (ids.length === 0) return;
    const { fallback, log } = this.deps;
    await Promise.all(ids.map((id) => this.inFlight.get(id)));
    const bodies = new Map((await fallback.listCameras()).map((c) => [c.id, c]));
    const real = this.deps
      .realBodies()
      .map((c) => c.model)
      .join(', ');
    for (const id of ids) {
      const info = bodies.get(id);
      const name = this.label(info ?? { id, model: 'camera' });
      if (info?.connected) {
        log?.info(`${real || 'a real camera'} plugged in: disconnecting the ${name} to withdraw it`);
        await fallback
          .disconnect(id)
          .catch((err: unknown) =>
            log?.warn(`disconnecting the ${name} failed: ${toErrorValue(err).message}`),
          );
      }
      this.deps.withdraw(id);
      log?.info(`the ${name} is withdrawn while a real camera is plugged in (${real}); it comes back after`);
      this.deps.events.emit('cameraRemoved', { cameraId: id });
    }
  }

  private async offerAll(): Promise<void> {
    const bodies = await this.deps.fallback.listCameras();
    if (this.deps.realBodies().length > 0) return; // a real body came meanwhile: its update follows
    const offered = new Set(this.deps.offered());
    for (const info of bodies)
      if (!offered.has(info.id) && this.deps.offer(info))
        this.deps.log?.info(`no real camera plugged in any more: the ${this.label(info)} is offered again`);
  }
}
