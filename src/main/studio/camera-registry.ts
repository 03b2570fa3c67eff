import type { CameraInfo, ConnectionMode, ConnectionState, SaveInfo } from '../../shared/camera-types';
import { ErrorCode, TetherError, toErrorValue } from '../../shared/errors';
import type { DiscoveryState } from '../../shared/studio-types';
import type { CameraRegistryApi } from './camera-registry-api';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { EventBus } from '../core/event-bus';
import { type CameraEntry, entryView } from './camera-entry';
import { DiscoveryTracker } from './discovery-tracker';
import { PriorityKeyHandover } from './priority-key-handover';
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
}

/** Cameras present, their connection state, and the connect / disconnect / reconnect lifecycle. */
export class CameraRegistry implements CameraRegistryApi {
  private readonly cams = new Map<string, CameraEntry>();
  private readonly offs: (() => void)[] = [];
  /** Auto-connect decisions wait for the complete initial camera list. */
  private started = false;
  private readonly saveTargets: SaveInfoTargets;
  private readonly priority: PriorityKeyHandover;
  private readonly discoveryTracker: DiscoveryTracker;

  constructor(private readonly deps: CameraRegistryDeps) {
    this.saveTargets = new SaveInfoTargets(deps.driver, deps.log, deps.stagingRoot);
    this.priority = new PriorityKeyHandover(deps);
    this.discoveryTracker = new DiscoveryTracker(deps);
  }

  /** Subscribes to the driver's camera and connection events. */
  attach(): void {
    const ev = this.deps.driver.events;
    this.offs.push(
      ev.on('cameraAdded', (info) => this.onAdded(info)),
      ev.on('cameraRemoved', ({ cameraId }) => this.onRemoved(cameraId)),
      ev.on('connected', ({ cameraId, mode }) => this.markConnected(cameraId, mode)),
      ev.on('disconnected', ({ cameraId, reason, expected }) =>
        this.onDisconnected(cameraId, reason, expected),
      ),
      ev.on('reconnecting', ({ cameraId }) => this.onReconnecting(cameraId)),
      ev.on('discovery', (state) => this.discoveryTracker.report(state)),
    );
  }

  /** Loads the camera list and auto-connects when asked. Call after the driver started. */
  async start(): Promise<void> {
    await this.list();
    this.started = true;
    await this.maybeAutoConnect();
  }

  /** Disconnects every connected camera and stops listening. */
  async stop(): Promise<void> {
    for (const e of this.cams.values()) {
      e.wanted = undefined;
      if (e.state === 'connected' || e.state === 'connecting') {
        await this.deps.driver.disconnect(e.info.id).catch(() => undefined);
        this.setState(e.info.id, 'disconnected');
      }
    }
    this.offs.splice(0).forEach((off) => off());
  }

  discovery(): DiscoveryState {
    return this.discoveryTracker.state();
  }

  async list(): Promise<CameraInfo[]> {
    const found =
      (await this.discoveryTracker.enumerate()) ??
      [...this.cams.values()].filter((e) => e.present).map((e) => e.info);
    const ids = new Set(found.map((c) => c.id));
    for (const info of found) this.upsert(info);
    for (const e of this.cams.values()) if (!ids.has(e.info.id)) e.present = false;
    return [...this.cams.values()].filter((e) => e.present).map(entryView);
  }

  get(cameraId: string): CameraInfo {
    return entryView(this.entry(cameraId));
  }

  state(cameraId: string): ConnectionState {
    return this.cams.get(cameraId)?.state ?? 'disconnected';
  }

  /** The mode a connected camera is in. */
  mode(cameraId: string): ConnectionMode | undefined {
    const e = this.cams.get(cameraId);
    return e?.state === 'connected' ? e.mode : undefined;
  }

  async connect(
    cameraId: string,
    requested?: ConnectionMode,
    options: { reconnect?: boolean } = {},
  ): Promise<CameraInfo> {
    const e = this.entry(cameraId);
    const mode = requested ?? e.lastMode ?? this.deps.autoConnect?.().mode ?? 'remote';
    if (!e.present) throw new TetherError(ErrorCode.CameraNotFound, `Camera ${cameraId} is not plugged in`);
    if (e.state !== 'disconnected') {
      throw new TetherError(
        ErrorCode.AlreadyConnected,
        `Camera ${cameraId} is already ${e.state}${e.mode ? ` (${e.mode})` : ''}`,
      );
    }
    const reconnect = options.reconnect ?? true;
    e.wanted = { mode, reconnect };
    await this.open(e, mode, reconnect);
    return entryView(e);
  }

  async disconnect(cameraId: string): Promise<void> {
    const e = this.entry(cameraId);
    if (e.state === 'disconnected')
      throw new TetherError(ErrorCode.NotConnected, `Camera ${cameraId} is not connected`);
    e.wanted = undefined;
    this.saveTargets.clear(cameraId);
    try {
      if (e.present) await this.deps.driver.disconnect(cameraId);
    } finally {
      // The driver's `disconnected` event may already have updated the state.
      if (this.state(cameraId) !== 'disconnected') this.markDisconnected(e, 'requested');
    }
  }

  requireConnected(cameraId: string, modes?: readonly ConnectionMode[]): void {
    const e = this.entry(cameraId);
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

  private entry(cameraId: string): CameraEntry {
    const e = this.cams.get(cameraId);
    if (!e) throw new TetherError(ErrorCode.CameraNotFound, `No camera with id '${cameraId}'`);
    return e;
  }

  private upsert(info: CameraInfo): CameraEntry {
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

  private async open(e: CameraEntry, mode: ConnectionMode, reconnect: boolean): Promise<void> {
    const id = e.info.id;
    this.setState(id, 'connecting', mode);
    try {
      await this.deps.driver.connect(id, mode, { reconnect });
    } catch (err) {
      e.wanted = undefined;
      if (e.state !== 'disconnected')
        this.markDisconnected(e, `connect failed: ${toErrorValue(err).message}`);
      throw err;
    }
    if (e.state !== 'connected') this.markConnected(id, mode);
    // Before connect() resolves: a capture or write right after it must not meet a camera-held key.
    await this.followUp(id, mode);
  }

  /** What a body needs after every connect and automatic reconnect: its save-info, then the priority key. */
  private async followUp(cameraId: string, mode: ConnectionMode): Promise<void> {
    await this.saveTargets.apply(cameraId, mode);
    await this.priority.apply(cameraId, mode);
  }

  private setState(cameraId: string, state: ConnectionState, mode?: ConnectionMode): void {
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

  private onReconnecting(cameraId: string): void {
    const e = this.cams.get(cameraId);
    if (!e) return;
    e.driverReconnecting = true;
    this.setState(cameraId, 'reconnecting');
    this.deps.bus.emit('warning', {
      cameraId,
      code: 'RECONNECTING',
      message: 'Connection lost; the camera is reconnecting',
    });
  }

  private markConnected(cameraId: string, mode: ConnectionMode): void {
    const e = this.cams.get(cameraId);
    if (e) e.driverReconnecting = false;
    if (!e || (e.state === 'connected' && e.mode === mode)) return;
    const wasReconnect = e.state === 'reconnecting';
    this.setState(cameraId, 'connected', mode);
    this.deps.bus.emit('connected', { ...entryView(e), cameraId, mode });
    // After an automatic reconnect the body may have lost its save-info (ours or a client's) and the key.
    if (wasReconnect) void this.followUp(cameraId, mode);
  }

  private markDisconnected(e: CameraEntry, reason: string): void {
    this.setState(e.info.id, 'disconnected');
    e.mode = undefined;
    this.deps.bus.emit('disconnected', { cameraId: e.info.id, reason });
  }

  private onDisconnected(cameraId: string, reason: string, expected: boolean): void {
    const e = this.cams.get(cameraId);
    if (!e || e.state === 'disconnected') return;
    e.driverReconnecting = false;
    if (!expected && e.wanted?.reconnect) {
      // Link lost: wait for the driver's own reconnect or for the camera to be plugged back in. The Alpha
      // `disconnected` event goes first so the last state a client sees is the true one (reconnecting).
      this.deps.bus.emit('disconnected', { cameraId, reason });
      this.setState(cameraId, 'reconnecting');
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

  private onAdded(info: CameraInfo): void {
    const known = this.cams.get(info.id);
    const wasPresent = known?.present ?? false;
    const e = this.upsert(info);
    if (!wasPresent) this.deps.bus.emit('cameraAdded', entryView(e));
    if (e.wanted && e.state === 'reconnecting' && !e.driverReconnecting) {
      const { mode, reconnect } = e.wanted;
      e.state = 'disconnected';
      this.open(e, mode, reconnect).catch((err) => this.reportConnectError(info.id, err));
      return;
    }
    void this.maybeAutoConnect();
  }

  private onRemoved(cameraId: string): void {
    const e = this.cams.get(cameraId);
    if (!e || !e.present) return;
    e.present = false;
    if (e.state === 'connected' || e.state === 'connecting')
      this.onDisconnected(cameraId, 'unplugged', false);
    this.deps.bus.emit('cameraRemoved', { cameraId });
  }

  /** Connects the only camera present when auto-connect is on; failures are reported, not thrown. */
  private async maybeAutoConnect(): Promise<void> {
    const auto = this.started ? this.deps.autoConnect?.() : undefined;
    if (!auto?.enabled) return;
    const present = [...this.cams.values()].filter((e) => e.present);
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
