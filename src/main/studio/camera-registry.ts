import type { CameraInfo, ConnectionMode, ConnectionState, SaveInfo } from '../../shared/camera-types';
import { ErrorCode, TetherError, isTetherError, toErrorValue } from '../../shared/errors';
import type { DiscoveryState } from '../../shared/studio-types';
import type { CameraRegistryApi, ConnectOutcome } from './camera-registry-api';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { EventBus } from '../core/event-bus';
import { type CameraEntry, entryView } from './camera-entry';
import { CameraStates } from './camera-states';
import { DiscoveryTracker } from './discovery-tracker';
import { LifecycleLock } from './lifecycle-lock';
import { PriorityKeyHandover } from './priority-key-handover';
import type { ShotDeliveryWatch } from './shot-delivery';
import { SaveInfoTargets } from './staging';

/** Dependencies of {@link CameraRegistry}. */
export interface CameraRegistryDeps {
  driver: CameraDriver;
  bus: EventBus;
  log: Logger;
  /** Auto-downloads land in `<stagingRoot>/<camera>` before the studio imports them. */
  stagingRoot: string;
  /** Connect automatically when exactly one camera is present (read at each decision). */
  autoConnect?: () => { enabled: boolean; mode: ConnectionMode };
  /** Leave the priority key with the camera after a connect (default: move it to the PC). */
  keepCameraPriority?: () => boolean;
  /** Shots the body still owes the host: a requested disconnect waits for them (attached with the registry). */
  deliveries?: ShotDeliveryWatch;
}

/**
 * Cameras present, their connection state, and the connect / disconnect / reconnect lifecycle. Connection
 * changes for one camera run one at a time in arrival order, from whichever client (window, browser, script,
 * auto-connect), so the last request decides the end state; both are idempotent, as the Alpha server's are.
 */
export class CameraRegistry implements CameraRegistryApi {
  private readonly states: CameraStates;
  private readonly offs: (() => void)[] = [];
  /** Auto-connect decisions wait for the complete initial camera list. */
  private started = false;
  private readonly saveTargets: SaveInfoTargets;
  private readonly priority: PriorityKeyHandover;
  private readonly discoveryTracker: DiscoveryTracker;
  private readonly lock = new LifecycleLock();

  constructor(private readonly deps: CameraRegistryDeps) {
    this.saveTargets = new SaveInfoTargets(deps.driver, deps.log, deps.stagingRoot);
    this.priority = new PriorityKeyHandover(deps);
    this.discoveryTracker = new DiscoveryTracker(deps);
    this.states = new CameraStates({
      bus: deps.bus,
      log: deps.log,
      reconnected: (cameraId, mode) => void this.followUp(cameraId, mode),
    });
  }

  /** Subscribes to the driver's camera and connection events. */
  attach(): void {
    const ev = this.deps.driver.events;
    const st = this.states;
    this.offs.push(
      ev.on('cameraAdded', (info) => this.onAdded(info)),
      ev.on('cameraRemoved', ({ cameraId }) => this.onRemoved(cameraId)),
      ev.on('connected', ({ cameraId, mode }) => st.markConnected(cameraId, mode)),
      ev.on('disconnected', ({ cameraId, reason, expected }) =>
        st.onDisconnected(cameraId, reason, expected),
      ),
      ev.on('reconnecting', ({ cameraId }) => st.onReconnecting(cameraId)),
      ev.on('discovery', (state) => this.discoveryTracker.report(state)),
    );
    this.deps.deliveries?.attach();
  }

  /** Loads the camera list and auto-connects when asked. Call after the driver started. */
  async start(): Promise<void> {
    await this.list();
    this.started = true;
    await this.maybeAutoConnect();
  }

  /** Disconnects every connected camera (at once, past any queued request) and stops listening. */
  async stop(): Promise<void> {
    for (const e of this.states.all()) {
      e.wanted = undefined;
      if (e.state !== 'disconnected' && e.state !== 'reconnecting') {
        await this.deps.driver.disconnect(e.info.id).catch(() => undefined);
        this.states.set(e.info.id, 'disconnected');
      }
    }
    this.offs.splice(0).forEach((off) => off());
    this.deps.deliveries?.detach();
  }

  discovery(): DiscoveryState {
    return this.discoveryTracker.state();
  }

  async list(): Promise<CameraInfo[]> {
    const found = (await this.discoveryTracker.enumerate()) ?? this.states.present().map((e) => e.info);
    const ids = new Set(found.map((c) => c.id));
    for (const info of found) this.states.upsert(info);
    for (const e of this.states.all()) if (!ids.has(e.info.id)) e.present = false;
    return this.states.present().map(entryView);
  }

  get(cameraId: string): CameraInfo {
    return entryView(this.states.entry(cameraId));
  }

  state(cameraId: string): ConnectionState {
    return this.states.find(cameraId)?.state ?? 'disconnected';
  }

  /** The mode a connected camera is in. */
  mode(cameraId: string): ConnectionMode | undefined {
    const e = this.states.find(cameraId);
    return e?.state === 'connected' ? e.mode : undefined;
  }

  async connect(
    cameraId: string,
    requested?: ConnectionMode,
    options: { reconnect?: boolean } = {},
  ): Promise<CameraInfo> {
    return (await this.requestConnect(cameraId, requested, options)).camera;
  }

  requestConnect(
    cameraId: string,
    requested?: ConnectionMode,
    options: { reconnect?: boolean } = {},
  ): Promise<ConnectOutcome> {
    const e = this.states.entry(cameraId);
    const mode = requested ?? e.lastMode ?? this.deps.autoConnect?.().mode ?? 'remote';
    return this.lock.change(cameraId, () => this.connectNow(cameraId, mode, options.reconnect ?? true));
  }

  async disconnect(cameraId: string): Promise<void> {
    await this.requestDisconnect(cameraId);
  }

  requestDisconnect(cameraId: string): Promise<{ changed: boolean }> {
    this.states.entry(cameraId);
    return this.lock.change(cameraId, () => this.disconnectNow(cameraId));
  }

  work<T>(cameraId: string, fn: () => Promise<T>): Promise<T> {
    return this.lock.work(cameraId, fn);
  }

  requireConnected(cameraId: string, modes?: readonly ConnectionMode[]): void {
    const e = this.states.entry(cameraId);
    if (e.state !== 'connected') {
      throw new TetherError(ErrorCode.NotConnected, `Camera ${cameraId} is not connected (${e.state})`);
    }
    if (modes && (!e.mode || !modes.includes(e.mode))) {
      throw new TetherError(
        ErrorCode.WrongConnectionMode,
        `This needs ${modes.join(' or ')} mode; camera ${cameraId} is connected in ${e.mode} mode`,
      );
    }
  }

  async setSaveInfo(cameraId: string, info: SaveInfo): Promise<SaveInfo> {
    this.requireConnected(cameraId);
    return this.saveTargets.set(cameraId, info);
  }

  saveInfo(cameraId: string): SaveInfo | null {
    return this.saveTargets.get(cameraId);
  }

  clientSaveInfo(cameraId: string): SaveInfo | null {
    return this.saveTargets.client(cameraId);
  }

  /** A connect as the Alpha server answers it: a connected camera stays as it is, in its mode. */
  private async connectNow(
    cameraId: string,
    mode: ConnectionMode,
    reconnect: boolean,
  ): Promise<ConnectOutcome> {
    const e = this.states.entry(cameraId);
    if (e.state === 'connected') return { camera: entryView(e), changed: false };
    if (!e.present) throw new TetherError(ErrorCode.CameraNotFound, `Camera ${cameraId} is not plugged in`);
    if (e.state === 'reconnecting') {
      throw new TetherError(
        ErrorCode.CameraBusy,
        `Camera ${cameraId} is reconnecting by itself; it is connected again when the link is back`,
      );
    }
    e.wanted = { mode, reconnect };
    await this.open(e, mode, reconnect);
    return { camera: entryView(e), changed: true };
  }

  private async disconnectNow(cameraId: string): Promise<{ changed: boolean }> {
    const e = this.states.entry(cameraId);
    if (e.state === 'disconnected') return { changed: false };
    e.wanted = undefined;
    this.saveTargets.clear(cameraId);
    // A shot already taken reaches the host before the link goes.
    if (e.state === 'connected') await this.deps.deliveries?.settled(cameraId);
    if (e.state === 'connected') this.states.set(cameraId, 'disconnecting');
    try {
      if (e.present) await this.deps.driver.disconnect(cameraId);
    } catch (err) {
      // The body may have dropped the link by itself meanwhile: disconnected is what was asked for.
      if (!isTetherError(err, ErrorCode.NotConnected)) throw err;
    } finally {
      // The driver's `disconnected` event may already have updated the state.
      if (this.state(cameraId) !== 'disconnected') this.states.markDisconnected(e, 'requested');
    }
    return { changed: true };
  }

  private async open(e: CameraEntry, mode: ConnectionMode, reconnect: boolean): Promise<void> {
    const id = e.info.id;
    this.states.set(id, 'connecting', mode);
    try {
      await this.deps.driver.connect(id, mode, { reconnect });
    } catch (err) {
      e.wanted = undefined;
      if (e.state !== 'disconnected')
        this.states.markDisconnected(e, `connect failed: ${toErrorValue(err).message}`);
      throw err;
    }
    if (e.state !== 'connected') this.states.markConnected(id, mode);
    // Before connect() resolves: a capture or write right after it must not meet a camera-held key.
    await this.followUp(id, mode);
  }

  /** What a body needs after every connect and automatic reconnect: its save-info, then the priority key. */
  private async followUp(cameraId: string, mode: ConnectionMode): Promise<void> {
    await this.saveTargets.apply(cameraId, mode);
    await this.priority.apply(cameraId, mode);
  }

  private onAdded(info: CameraInfo): void {
    const wasPresent = this.states.find(info.id)?.present ?? false;
    const e = this.states.upsert(info);
    if (!wasPresent) this.deps.bus.emit('cameraAdded', entryView(e));
    if (e.wanted && e.state === 'reconnecting' && !e.driverReconnecting) {
      this.lock
        .change(info.id, async () => {
          // A request queued meanwhile may have settled it (a disconnect clears `wanted`).
          if (!e.wanted || e.state !== 'reconnecting' || !e.present || e.driverReconnecting) return;
          const { mode, reconnect } = e.wanted;
          e.state = 'disconnected';
          await this.open(e, mode, reconnect);
        })
        .catch((err) => this.reportConnectError(info.id, err));
      return;
    }
    void this.maybeAutoConnect();
  }

  private onRemoved(cameraId: string): void {
    const e = this.states.find(cameraId);
    if (!e || !e.present) return;
    e.present = false;
    if (e.state === 'connected' || e.state === 'connecting' || e.state === 'disconnecting')
      this.states.onDisconnected(cameraId, 'unplugged', false);
    this.deps.bus.emit('cameraRemoved', { cameraId });
  }

  /** Connects the only camera present when auto-connect is on; failures are reported, not thrown. */
  private async maybeAutoConnect(): Promise<void> {
    const auto = this.started ? this.deps.autoConnect?.() : undefined;
    if (!auto?.enabled) return;
    const present = this.states.present();
    if (present.length !== 1 || present[0].state !== 'disconnected') return;
    const id = present[0].info.id;
    // The mode it was last connected in wins over the default (a card pull waits for its mode).
    await this.connect(id, present[0].lastMode ?? auto.mode).then(
      () => undefined,
      (err: unknown) => this.reportConnectError(id, err),
    );
  }

  private reportConnectError(cameraId: string, err: unknown): void {
    const v = toErrorValue(err);
    this.deps.log.warn(`automatic connect failed: ${v.message}`, { cameraId });
    this.deps.bus.emit('error', {
      cameraId,
      code: v.code,
      message: `Automatic connect failed: ${v.message}`,
    });
  }
}
