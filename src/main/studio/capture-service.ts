import { setTimeout as delay } from 'node:timers/promises';
import {
  AF_SPACE_HEIGHT,
  AF_SPACE_WIDTH,
  cameraCommandSchema,
  type AfState,
  type CameraCommand,
  type FocusFrame,
} from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import { propertyByName } from '../../shared/properties/index';
import type { CaptureOptions, CaptureResult, CaptureServiceApi } from './capture-api';
import type { CameraRegistryApi } from './camera-registry-api';
import type { PropertyServiceApi } from './property-api';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { EventBus } from '../core/event-bus';
import { hostFilesPerShot, type ShotDeliveryWatch, type ShotToken } from './shot-delivery';

/** Dependencies of {@link CaptureService}. */
export interface CaptureServiceDeps {
  driver: CameraDriver;
  registry: CameraRegistryApi;
  properties: PropertyServiceApi;
  bus: EventBus;
  log: Logger;
  /** AF timeout and what to do when focus is not confirmed (read at each capture). */
  afPolicy: () => { timeoutMs: number; onFail: 'release' | 'fail' };
  /** How long the release button is held between down and up (Sony's samples use ~35 ms). */
  releaseHoldMs?: number;
  /** Told how many host files each release brings, so a disconnect can wait for them. */
  deliveries?: ShotDeliveryWatch;
}

const SHOOTING_MODES = ['remote', 'remote-transfer'] as const;

/** Shutter and AF: the S1 → focus → release → S1-off sequence, raw commands, AF area and frames. */
export class CaptureService implements CaptureServiceApi {
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: CaptureServiceDeps) {}

  capture(cameraId: string, options: CaptureOptions = {}): Promise<CaptureResult> {
    return this.deps.registry.work(cameraId, () => this.captureChecked(cameraId, options));
  }

  private async captureChecked(cameraId: string, options: CaptureOptions): Promise<CaptureResult> {
    this.deps.registry.requireConnected(cameraId, SHOOTING_MODES);
    if (options.refuseManualFocus && (await this.focusMode(cameraId)) === 'mf') {
      throw new TetherError(
        ErrorCode.OperationRejected,
        'AF + shutter needs an AF focus mode (the camera is in MF)',
        {
          error: 'focus_mode_not_af',
        },
      );
    }
    return this.serial(cameraId, () =>
      this.captureNow(cameraId, options.autofocus ?? true, options.onRelease),
    );
  }

  halfPress(cameraId: string): Promise<{ focused: boolean }> {
    return this.deps.registry.work(cameraId, async () => {
      this.deps.registry.requireConnected(cameraId);
      return this.halfPressNow(cameraId);
    });
  }

  private halfPressNow(cameraId: string): Promise<{ focused: boolean }> {
    return this.serial(cameraId, async () => {
      // AF-C: "not focused" while the lens hunts is no answer (see captureNow).
      const continuous = (await this.focusMode(cameraId)) === 'af-c';
      // Listen before pressing: the AF result may arrive while the lock command is still returning.
      const af = this.waitForFocus(cameraId, this.deps.afPolicy().timeoutMs, continuous);
      try {
        await this.deps.driver.sendCommand(cameraId, { type: 's1', action: 'lock' });
        try {
          return { focused: (await af.result) === 'focused' };
        } finally {
          await this.deps.driver.sendCommand(cameraId, { type: 's1', action: 'unlock' });
        }
      } finally {
        af.cancel();
      }
    });
  }

  /** One S1/release sequence at a time per camera: interleaved sequences confuse the body. */
  private serial<T>(cameraId: string, work: () => Promise<T>): Promise<T> {
    const prev = this.chains.get(cameraId) ?? Promise.resolve();
    const run = prev.catch(() => undefined).then(work);
    this.chains.set(cameraId, run);
    void run
      .catch(() => undefined)
      .finally(() => {
        if (this.chains.get(cameraId) === run) this.chains.delete(cameraId);
      });
    return run;
  }

  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    const parsed = cameraCommandSchema.safeParse(command);
    if (!parsed.success) {
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `Invalid command: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'command'} ${i.message}`).join('; ')}`,
      );
    }
    this.deps.registry.requireConnected(cameraId);
    await this.deps.driver.sendCommand(cameraId, parsed.data);
  }

  async setAfAreaNormalized(cameraId: string, pos: { x: number; y: number }): Promise<void> {
    const ok = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
    if (!pos || !ok(pos.x) || !ok(pos.y))
      throw new TetherError(ErrorCode.InvalidArgument, 'AF position must be fractions x, y in 0..1');
    await this.setAfArea(
      cameraId,
      Math.round(pos.x * (AF_SPACE_WIDTH - 1)),
      Math.round(pos.y * (AF_SPACE_HEIGHT - 1)),
    );
  }

  async setAfArea(cameraId: string, x: number, y: number): Promise<void> {
    const inRange = (v: number, max: number) => Number.isInteger(v) && v >= 0 && v < max;
    if (!inRange(x, AF_SPACE_WIDTH) || !inRange(y, AF_SPACE_HEIGHT)) {
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `AF position must be integers x 0..${AF_SPACE_WIDTH - 1}, y 0..${AF_SPACE_HEIGHT - 1}`,
      );
    }
    this.deps.registry.requireConnected(cameraId);
    await this.deps.driver.setAfAreaPosition(cameraId, x, y);
  }

  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    this.deps.registry.requireConnected(cameraId);
    return this.deps.driver.getFocusFrames(cameraId);
  }

  async getTrackingFrames(cameraId: string): Promise<FocusFrame[]> {
    this.deps.registry.requireConnected(cameraId);
    return this.deps.driver.getTrackingFrames(cameraId);
  }

  /**
   * The focus-mode key (`mf`, `af-s`, `af-c`, …), `mf` too when the body's own wording says manual, or
   * undefined when the body does not say (counts as AF).
   */
  private async focusMode(cameraId: string): Promise<string | undefined> {
    try {
      const view = await this.deps.properties.get(cameraId, 'focus-mode');
      const key = propertyByName('focus-mode')?.enum?.find((e) => e.value === view.value)?.key;
      return [key, view.formatted].some((w) => /^(mf|manual)$/i.test(w ?? '')) ? 'mf' : key;
    } catch {
      return undefined;
    }
  }

  private async captureNow(
    cameraId: string,
    autofocus: boolean,
    onRelease?: CaptureOptions['onRelease'],
  ): Promise<CaptureResult> {
    const { driver, log } = this.deps;
    if (!autofocus) {
      await this.release(cameraId, onRelease);
      return { focused: null };
    }
    const mode = await this.focusMode(cameraId);
    if (mode === 'mf') {
      // In MF the body never confirms focus: release straight away.
      await this.release(cameraId, onRelease);
      return { focused: null };
    }
    const policy = this.deps.afPolicy();
    // In AF-C the body reports "not focused" (0x203) while the lens still hunts: only focus or the timeout
    // ends the wait. In AF-S "not focused" is the final answer.
    const af = this.waitForFocus(cameraId, policy.timeoutMs, mode === 'af-c');
    let locked = false;
    try {
      await driver.sendCommand(cameraId, { type: 's1', action: 'lock' });
      locked = true;
      const state = await af.result;
      const focused = state === 'focused';
      if (!focused) {
        const why =
          state === 'failed'
            ? 'autofocus failed'
            : `autofocus did not confirm focus within ${policy.timeoutMs} ms`;
        if (policy.onFail === 'fail')
          throw new TetherError(ErrorCode.Timeout, `${why}; the shutter was not released`);
        log.warn(`${why}; releasing anyway`, { cameraId });
        this.deps.bus.emit('warning', {
          cameraId,
          code: 'AF_NOT_CONFIRMED',
          message: `${why}; the shot was taken anyway`,
        });
      }
      await this.release(cameraId, onRelease);
      return { focused };
    } finally {
      af.cancel();
      if (locked) await driver.sendCommand(cameraId, { type: 's1', action: 'unlock' }).catch(() => undefined);
    }
  }

  private async release(cameraId: string, onRelease?: CaptureOptions['onRelease']): Promise<void> {
    const shot = this.deps.deliveries?.begin(cameraId);
    const issuedAt = performance.now();
    try {
      await this.deps.driver.sendCommand(cameraId, { type: 'release', action: 'down' });
    } catch (err) {
      shot?.cancel();
      throw err;
    }
    onRelease?.({ issuedAt, acceptedAt: performance.now() });
    try {
      if (this.deps.releaseHoldMs) await delay(this.deps.releaseHoldMs);
    } finally {
      // The shutter went: however the release ends, the shot is on its way.
      if (shot) void this.expectDelivery(cameraId, shot);
      await this.deps.driver.sendCommand(cameraId, { type: 'release', action: 'up' });
    }
  }

  /** Tells the delivery watch how many host files the shot brings (none when the settings do not say). */
  private async expectDelivery(cameraId: string, shot: ShotToken): Promise<void> {
    const key = async (name: string) => {
      try {
        const view = await this.deps.properties.get(cameraId, name);
        return propertyByName(name)?.enum?.find((e) => e.value === view.value)?.key;
      } catch {
        return undefined;
      }
    };
    const [destination, format, pcSave, drive] = await Promise.all(
      ['still-image-store-destination', 'file-format', 'raw-jpeg-pc-save-image', 'drive-mode'].map(key),
    );
    shot.expect(hostFilesPerShot({ destination, format, pcSave, drive }));
  }

  /**
   * Resolves with `focused`, `failed`, or `timeout`; listens before S1 is sent so no event is missed. With
   * `continuous` (AF-C) a `failed` report is a lens still hunting, not an answer.
   */
  private waitForFocus(
    cameraId: string,
    timeoutMs: number,
    continuous: boolean,
  ): { result: Promise<AfState | 'timeout'>; cancel: () => void } {
    let off: () => void = () => undefined;
    let timer: NodeJS.Timeout | undefined;
    const result = new Promise<AfState | 'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      off = this.deps.driver.events.on('afStatus', (p) => {
        if (p.cameraId !== cameraId) return;
        if (p.state === 'focused' || (p.state === 'failed' && !continuous)) resolve(p.state);
      });
    });
    return {
      result,
      cancel: () => {
        clearTimeout(timer);
        off();
      },
    };
  }
}
