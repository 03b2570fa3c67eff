import type { CameraInfo, ConnectionMode, ConnectionState } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/logger';
import { type CameraEntry, entryView } from './camera-entry';

/** What {@link CameraStates} reports to. */
export interface CameraStatesDeps {
  bus: EventBus;
  log: Logger;
  /** The body came back by itself after a link loss: it may need its save-info and priority key again. */
  reconnected(cameraId: string, mode: ConnectionMode): void;
}

/**
 * The registry's record of every camera seen: presence, connection state and what the user wants, and the
 * bus events each state change means (`connectionState`, `connected`, `disconnected`, `warning`).
 */
export class CameraStates {
  private readonly cams = new Map<string, CameraEntry>();

  constructor(private readonly deps: CameraStatesDeps) {}

  /** One camera; throws CAMERA_NOT_FOUND. */
  entry(cameraId: string): CameraEntry {
    const e = this.cams.get(cameraId);
    if (!e) throw new TetherError(ErrorCode.CameraNotFound, `No camera with id '${cameraId}'`);
    return e;
  }

  /** One camera, or undefined. */
  find(cameraId: string): CameraEntry | undefined {
    return this.cams.get(cameraId);
  }

  /** Every camera ever seen. */
  all(): CameraEntry[] {
    return [...this.cams.values()];
  }

  /** Cameras present now. */
  present(): CameraEntry[] {
    return this.all().filter((e) => e.present);
  }

  /** Records a camera the driver reports (present from now on). */
  upsert(info: CameraInfo): CameraEntry {
    const e = this.cams.get(info.id);
    if (e) {
      e.info = info;
      e.present = true;
      return e;
    }
    const created: CameraEntry = { info, present: true, state: 'disconnected' };
    this.cams.set(info.id, created);
    return created;
  }

  /** Moves a camera to `state` (and `mode`) and says so on the bus; no event when nothing changes. */
  set(cameraId: string, state: ConnectionState, mode?: ConnectionMode): void {
    const e = this.cams.get(cameraId);
    if (!e || (e.state === state && (mode === undefined || e.mode === mode))) return;
    e.state = state;
    if (mode) e.mode = mode;
    if (state === 'connected' && e.mode) e.lastMode = e.mode;
    this.deps.log.info(`${state}${e.mode ? ` (${e.mode})` : ''}`, { cameraId });
    this.deps.bus.emit('connectionState', {
      cameraId,
      state,
      ...(e.mode && state !== 'disconnected' ? { mode: e.mode } : {}),
    });
  }

  /** The driver is reconnecting by itself (CRSDK reconnect). */
  onReconnecting(cameraId: string): void {
    const e = this.cams.get(cameraId);
    if (!e) return;
    e.driverReconnecting = true;
    this.set(cameraId, 'reconnecting');
    this.deps.bus.emit('warning', {
      cameraId,
      code: 'RECONNECTING',
      message: 'Connection lost; the camera is reconnecting',
    });
  }

  /** The body reports connected (a connect we asked for, or an automatic reconnect). */
  markConnected(cameraId: string, mode: ConnectionMode): void {
    const e = this.cams.get(cameraId);
    if (e) e.driverReconnecting = false;
    if (!e || (e.state === 'connected' && e.mode === mode)) return;
    const wasReconnect = e.state === 'reconnecting';
    this.set(cameraId, 'connected', mode);
    this.deps.bus.emit('connected', { ...entryView(e), cameraId, mode });
    // After an automatic reconnect the body may have lost its save-info (ours or a client's) and the key.
    if (wasReconnect) this.deps.reconnected(cameraId, mode);
  }

  /** Final state disconnected, with the `disconnected` event. */
  markDisconnected(e: CameraEntry, reason: string): void {
    this.set(e.info.id, 'disconnected');
    e.mode = undefined;
    this.deps.bus.emit('disconnected', { cameraId: e.info.id, reason });
  }

  /** The body reports disconnected: requested, a link loss to wait out, or the end of the connection. */
  onDisconnected(cameraId: string, reason: string, expected: boolean): void {
    const e = this.cams.get(cameraId);
    if (!e || e.state === 'disconnected') return;
    e.driverReconnecting = false;
    if (!expected && e.wanted?.reconnect) {
      // Link lost: wait for the driver's own reconnect or for the camera to be plugged back in.
      this.set(cameraId, 'reconnecting');
      this.deps.bus.emit('disconnected', { cameraId, reason });
      this.deps.bus.emit('warning', {
        cameraId,
        code: 'RECONNECTING',
        message: `Connection lost (${reason}); waiting for the camera to come back`,
      });
      return;
    }
    if (!expected) e.wanted = undefined;
    this.markDisconnected(e, reason);
  }
}
