import { join } from 'node:path';
import type {
  CameraInfo,
  ConnectionMode,
  ConnectionState,
  RawProperty,
  RawValue,
  SaveInfo,
} from '../../../shared/camera-types';
import { ErrorCode, TetherError, type ErrorValue } from '../../../shared/errors';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { DriverEventMap } from '../driver';
import { brightnessStep, planeBlur } from './exposure';
import { SimFaults } from './faults';
import { PropertyModel } from './property-model';
import { enumValue } from './property-spec';
import { CaptureUnit } from './sim-capture';
import { CardAccess } from './sim-card-access';
import { SimConnection } from './sim-connection';
import type { FocusModel } from './sim-focus';
import { SimLens } from './sim-lens';
import { SimLiveView, type LiveLook } from './sim-live-view';
import type { SimIdentity } from './sim-models';
import { warmUpLive } from './scene-layers';
import { SUBJECT_PLANE } from './scene-svg';
import { liveLook } from './sim-osd';
import { VirtualCard } from './virtual-card';
import type { SimBodyOptions, SimBodyParts } from './sim-body-parts';

export type { SimBodyOptions } from './sim-body-parts';

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const REMOTE_MODES: readonly ConnectionMode[] = ['remote', 'remote-transfer'];
const CARD_MODES: readonly ConnectionMode[] = ['remote-transfer', 'contents'];

/**
 * One simulated camera body: plug state, connection, properties, AF, live view, card and capture. The
 * driver facade looks bodies up by id and forwards; everything camera-like happens here or in the units
 * this class wires together.
 */
export class SimBody implements SimBodyParts {
  readonly faults: SimFaults;
  readonly props: PropertyModel;
  readonly lens: SimLens;
  readonly card: VirtualCard;
  readonly liveView: SimLiveView;
  readonly capture: CaptureUnit;
  readonly cardAccess: CardAccess;
  readonly conn: SimConnection;
  liveViewEnabled = true;
  osdEnabled = false;
  saveInfo: SaveInfo;
  readonly luts = new Map<number, string>();

  constructor(
    readonly identity: SimIdentity,
    readonly events: TypedEmitter<DriverEventMap>,
    readonly options: SimBodyOptions,
  ) {
    const model = identity.model;
    this.props = new PropertyModel(model);
    this.card = new VirtualCard(identity, options.now(), { files: options.cardFiles });
    this.faults = new SimFaults({
      unplug: () => this.unplug(),
      replug: () => this.replug(),
      cardFullChanged: (full) => {
        this.card.full = full;
        this.refreshCardProps();
      },
    });
    this.lens = new SimLens(this);
    this.liveView = new SimLiveView({
      cameraId: identity.id,
      look: () => this.look(),
      rateDivisor: () => this.faults.frameRateDivisor,
      emit: (frame) => this.events.emit('frame', frame),
      failed: (err) =>
        options.log.warn(`live-view frame failed: ${(err as Error).message}`, { cameraId: this.id }),
    });
    this.capture = new CaptureUnit(this);
    this.conn = new SimConnection(identity.id, events, options, {
      info: () => this.info(),
      teardown: (err) => this.teardown(err),
      connected: (mode) => {
        this.liveViewEnabled = mode !== 'contents';
        if (mode !== 'contents') warmUpLive();
        this.props.setInternal('sdk-control-mode', enumValue('sdk-control-mode', mode));
      },
    });
    this.cardAccess = new CardAccess(this);
    this.saveInfo = { path: join(options.saveRoot, `tether-sim-${identity.id}`), prefix: 'DSC', startNo: 1 };
    this.refreshCardProps();
  }

  /** The focus motor and AF. */
  get focus(): FocusModel {
    return this.lens.focus;
  }

  /** Cable state. */
  get plugged(): boolean {
    return this.conn.plugged;
  }

  /** Connection state. */
  get state(): ConnectionState {
    return this.conn.state;
  }

  /** Connection mode while connecting/connected/reconnecting. */
  get mode(): ConnectionMode | null {
    return this.conn.mode;
  }

  /** Camera id. */
  get id(): string {
    return this.identity.id;
  }

  /** Enumeration record. */
  info(): CameraInfo {
    const connected = this.state === 'connected';
    return {
      id: this.id,
      model: this.identity.model.name,
      serial: this.identity.serial,
      connectionType: 'USB',
      connected,
      driver: 'sim',
      ...(this.mode && this.state !== 'disconnected' ? { mode: this.mode } : {}),
      state: this.state,
    };
  }

  // ---- gates ----

  /** Throws unless connected (optionally in one of `modes`). */
  requireConnected(modes?: readonly ConnectionMode[]): ConnectionMode {
    if (!this.plugged && this.state !== 'reconnecting')
      throw new TetherError(ErrorCode.CameraNotFound, `camera ${this.id} is not present`);
    if (this.state !== 'connected' || !this.mode)
      throw new TetherError(ErrorCode.NotConnected, `camera ${this.id} is ${this.state}`);
    if (modes && !modes.includes(this.mode)) {
      throw new TetherError(
        ErrorCode.WrongConnectionMode,
        `not available in ${this.mode} mode (needs ${modes.join(' or ')})`,
        { mode: this.mode },
      );
    }
    return this.mode;
  }

  /** Throws unless connected in a shooting mode with the priority key at the PC. */
  requireRemoteControl(): void {
    this.requireConnected(REMOTE_MODES);
    if (!this.props.pcHasPriority())
      throw new TetherError(ErrorCode.PriorityKeyNotPcRemote, 'set priority-key to pc-remote first');
  }

  /** Throws unless connected in a mode with card access. */
  requireCardAccess(): void {
    this.requireConnected(CARD_MODES);
  }

  /**
   * Emits an asynchronous camera error. Node's emitter throws on an 'error' event nobody listens to, so
   * with no listener the error is logged instead of crashing the process.
   */
  emitError(error: ErrorValue, sdkCode?: number): void {
    if (this.events.listenerCount('error') === 0) {
      this.options.log.error(`${error.code}: ${error.message}`, { cameraId: this.id });
      return;
    }
    this.events.emit('error', { cameraId: this.id, error, ...(sdkCode === undefined ? {} : { sdkCode }) });
  }

  // ---- property changes ----

  /** Runs a change and emits `propertyChanged` with every code whose value, writability or list moved. */
  mutate(change: () => void): void {
    const gate = { mode: this.mode ?? 'remote' };
    const before = this.props.snapshot(gate);
    change();
    const codes = PropertyModel.diff(before, this.props.snapshot(gate));
    if (codes.length && this.state === 'connected')
      this.events.emit('propertyChanged', { cameraId: this.id, codes });
  }

  /** Slot status, remaining shots and time as properties. */
  refreshCardProps(): void {
    this.mutate(() => {
      const [slot1] = this.card.slots(this.capture.bytesPerShot());
      this.props.setInternal('media-slot1-remaining-photos', slot1.remainingPhotos);
      this.props.setInternal('media-slot1-remaining-time', this.card.remainingSeconds());
    });
  }

  /** Publishes the focus values (after AF or a manual step). */
  refreshFocusProps(): void {
    this.lens.publish();
  }

  /** Properties as the body reports them now. */
  getProperties(codes?: number[]): RawProperty[] {
    const mode = this.requireConnected();
    this.lens.syncCurrent();
    return codes ? this.props.select(codes, { mode }) : this.props.list({ mode });
  }

  /** A host write of a raw value. */
  async setProperty(code: number, value: RawValue): Promise<void> {
    const mode = this.requireConnected();
    this.faults.checkBusy('setProperty');
    const name = this.props.validateWrite(code, value, { mode });
    if (name === 's1') {
      await this.capture.s1(value === enumValue('s1', 'locked'));
      return;
    }
    if (name === 'focus-position') {
      this.lens.focusTo(value as number);
      await delay(2);
      return;
    }
    this.mutate(() => this.props.write(name, value));
    await delay(2);
  }

  /**
   * What the sensor sees now: the blur level of every depth plane of the set (from the lens's focus
   * position and aperture), the subject plane's level, and the brightness step.
   */
  imageLook(): { blur: number[]; level: number; step: number } {
    const exp = this.props.exposure();
    const blur = planeBlur(this.focus.position(), exp.fnumber, this.identity.model.lens.focalMm);
    return { blur, level: blur[SUBJECT_PLANE], step: brightnessStep(exp.diffEv) };
  }

  private look(): LiveLook {
    return liveLook(this);
  }

  // ---- connection lifecycle (see SimConnection) ----

  /** Connects; resolves when the body reports connected. */
  connect(mode: ConnectionMode, reconnect: boolean): Promise<void> {
    return this.conn.connect(mode, reconnect);
  }

  /** Disconnects on request; resolves when the body reports disconnected. */
  disconnect(): Promise<void> {
    return this.conn.disconnect();
  }

  /** The cable is pulled. */
  unplug(): void {
    this.conn.unplug();
  }

  /** The cable is plugged back in. */
  replug(): void {
    this.conn.replug();
  }

  /** Driver stop: drop the connection without ceremony. */
  shutdown(): void {
    this.conn.shutdown();
  }

  /** Stops everything tied to a connection. */
  private teardown(err: TetherError): void {
    this.liveView.stop();
    this.liveView.clear();
    this.focus.dispose();
    this.capture.abort();
    this.cardAccess.abort(err);
  }
}
