import type { CameraInfo, ConnectionMode, ConnectionState } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { DriverEventMap } from '../driver';
import type { SimBodyOptions } from './sim-body-parts';

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** What the connection needs from its body. */
export interface ConnectionHooks {
  info(): CameraInfo;
  /** Stops live view, AF, capture and reads (with `err` for an open read). */
  teardown(err: TetherError): void;
  /** The body has just reported connected in `mode`. */
  connected(mode: ConnectionMode): void;
}

/**
 * Cable and connection lifecycle of one body: connect/disconnect with the body's reporting delay,
 * hot-unplug (an unexpected disconnect, or `reconnecting` when asked to reconnect) and replug.
 * An epoch counter makes every pending step notice that the world moved on.
 */
export class SimConnection {
  plugged = true;
  state: ConnectionState = 'disconnected';
  mode: ConnectionMode | null = null;
  private reconnect = false;
  private epoch = 0;

  constructor(
    private readonly id: string,
    private readonly events: TypedEmitter<DriverEventMap>,
    private readonly options: SimBodyOptions,
    private readonly hooks: ConnectionHooks,
  ) {}

  /** Connects; resolves when the body reports connected. */
  async connect(mode: ConnectionMode, reconnect: boolean): Promise<void> {
    if (!this.plugged) throw new TetherError(ErrorCode.CameraNotFound, `camera ${this.id} is not present`);
    if (this.state !== 'disconnected')
      throw new TetherError(ErrorCode.AlreadyConnected, `camera ${this.id} is ${this.state}`);
    const epoch = ++this.epoch;
    this.state = 'connecting';
    this.mode = mode;
    await delay(this.options.connectDelayMs);
    if (epoch !== this.epoch || !this.plugged)
      throw new TetherError(ErrorCode.Disconnected, 'camera went away while connecting');
    this.reconnect = reconnect;
    this.hooks.connected(mode);
    this.state = 'connected';
    this.options.log.info(`connected (${mode})`, { cameraId: this.id });
    this.events.emit('connected', { cameraId: this.id, mode });
  }

  /** Disconnects on request; resolves when the body reports disconnected. */
  async disconnect(): Promise<void> {
    if (this.state === 'disconnected')
      throw new TetherError(ErrorCode.NotConnected, `camera ${this.id} is not connected`);
    const epoch = ++this.epoch;
    this.hooks.teardown(new TetherError(ErrorCode.Disconnected, 'disconnected by request'));
    if (this.plugged && this.state !== 'reconnecting') await delay(this.options.connectDelayMs);
    if (epoch !== this.epoch) return;
    this.finishDisconnect('requested', true);
  }

  private finishDisconnect(reason: string, expected: boolean): void {
    this.state = 'disconnected';
    this.mode = null;
    this.options.log.info(`disconnected (${reason})`, { cameraId: this.id });
    this.events.emit('disconnected', { cameraId: this.id, reason, expected });
  }

  /** The cable is pulled. */
  unplug(): void {
    if (!this.plugged) return;
    this.plugged = false;
    this.epoch++;
    if (this.state === 'connecting') {
      // The pending connect() fails; a connection that never came up is not reported as lost.
      this.state = 'disconnected';
      this.mode = null;
    } else if (this.state === 'connected') {
      this.hooks.teardown(new TetherError(ErrorCode.Disconnected, 'camera unplugged'));
      if (this.reconnect) {
        this.state = 'reconnecting';
        this.events.emit('reconnecting', { cameraId: this.id });
      } else this.finishDisconnect('unplugged', false);
    }
    this.events.emit('cameraRemoved', { cameraId: this.id });
  }

  /** The cable is plugged back in; a connection made with `reconnect` comes back by itself. */
  replug(): void {
    if (this.plugged) return;
    this.plugged = true;
    this.events.emit('cameraAdded', this.hooks.info());
    if (this.state !== 'reconnecting') return;
    const epoch = this.epoch;
    setTimeout(() => {
      if (epoch !== this.epoch || this.state !== 'reconnecting' || !this.mode) return;
      this.state = 'connected';
      this.events.emit('connected', { cameraId: this.id, mode: this.mode });
    }, this.options.connectDelayMs);
  }

  /** Driver stop: drop the connection without ceremony. */
  shutdown(): void {
    this.epoch++;
    this.hooks.teardown(new TetherError(ErrorCode.Disconnected, 'driver stopped'));
    if (this.state !== 'disconnected') this.finishDisconnect('driver stopped', true);
  }
}
