import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DriverStatus, StudioStatus } from '../../shared/studio-types';
import type { CameraDriver } from '../camera/driver';
import { rootLogs, type LogBuffer } from '../core/logger';
import { RotatingLogFile } from '../core/log-file';
import { makeDir } from '../core/bounded-fs';
import { isPlatformAbsolute } from '../core/path-guard';
import type { DiagnosticsBundle } from '../../shared/diagnostics-types';
import { buildDiagnostics } from './diagnostics';
import { SessionService } from '../session/session-service';
import { ShotImageService } from '../session/shot-images';
import { CorruptionReporter } from '../core/corruption-reporter';
import { SettingsService } from '../settings/settings-service';
import { CameraRegistry } from '../studio/camera-registry';
import { CaptureService } from '../studio/capture-service';
import { CameraExtras } from '../studio/camera-extras';
import { CardService } from '../studio/card-service';
import { CardThumbCache } from '../studio/card-thumb-cache';
import { bridgeDriverEvents } from '../studio/driver-event-bridge';
import { EventBus } from '../core/event-bus';
import { LiveViewHub } from '../studio/live-view-hub';
import { PropertyService } from '../studio/property-service';
import { ShotDeliveryWatch } from '../studio/shot-delivery';
import { AutoImport } from '../transfer/auto-import';
import { ImportHistory } from '../transfer/import-history';
import { TransferJournal } from '../transfer/transfer-journal';
import { TransferQueue } from '../transfer/transfer-queue';
import type { DriverChoice } from './driver-loaders';
import { selectDriver } from './select-driver';
import type { DriverRequest, Studio, StudioOptions } from './studio';
import { appVersion } from './version';
import { ProServiceSet } from './pro-services';

/** The default session root: `~/Pictures/Tether Studio`. */
export function defaultSessionRoot(): string {
  return join(homedir(), 'Pictures', 'Tether Studio');
}

/** A caller's driver instance (tests, benchmarks), reported as such. */
function suppliedDriver(driver: CameraDriver, requested: DriverRequest): DriverChoice {
  const status: DriverStatus = {
    kind: driver.kind,
    requested,
    reason: 'driver supplied by the caller',
    sdkVersion: driver.version(),
  };
  return { driver, status: () => status };
}

/** Everything the studio is made of, wired; `start`/`stop` run the lifecycle. */
class StudioImpl implements Studio {
  startedAt = 0;
  private state: 'new' | 'started' | 'stopped' = 'new';
  private offBridge: () => void = () => undefined;
  private offShotImages: () => void = () => undefined;
  private offLogFile: () => void = () => undefined;
  logFile: RotatingLogFile | null = null;

  constructor(
    readonly options: Studio['options'],
    private readonly driver: CameraDriver,
    private readonly driverStatusNow: () => DriverStatus,
    readonly logs: LogBuffer,
    readonly bus: EventBus,
    readonly settings: SettingsService,
    readonly cameras: CameraRegistry,
    readonly properties: PropertyService,
    readonly capture: CaptureService,
    readonly liveView: LiveViewHub,
    readonly cards: CardService,
    readonly extras: CameraExtras,
    readonly sessions: SessionService,
    readonly shotImages: ShotImageService,
    readonly transfers: TransferQueue,
    private readonly history: ImportHistory,
    private readonly autoImport: AutoImport,
    readonly pro: ProServiceSet,
  ) {}

  get driverStatus(): DriverStatus {
    return this.driverStatusNow();
  }

  status(server: { enabled: boolean; url: string | null } = { enabled: false, url: null }): StudioStatus {
    const uptime = this.startedAt ? Math.round((Date.now() - this.startedAt) / 1000) : 0;
    return {
      version: appVersion(),
      driver: { ...this.driverStatus, discovery: this.cameras.discovery() },
      uptime,
      server,
    };
  }

  get logDir(): string | null {
    return this.logFile?.dir ?? null;
  }

  diagnostics(): Promise<DiagnosticsBundle> {
    return buildDiagnostics(this, this.logFile ?? undefined);
  }

  async start(): Promise<void> {
    if (this.state !== 'new') return;
    this.state = 'started';
    this.startedAt = Date.now();
    if (this.logFile) this.offLogFile = this.logs.addSink(this.logFile);
    // Marks each start in the log files (recovery logs what it resumes right after this line).
    this.logs.logger('studio').info(`starting ${appVersion()} (pid ${process.pid})`);
    await this.sessions.load();
    await this.history.load();
    await this.pro.start();
    // Unfinished transfers resume (from their `.part` offsets); staged shots without a job are imported.
    await this.transfers.start();
    // Listeners first, so the driver's initial `cameraAdded` events are seen.
    this.cameras.attach();
    this.properties.attach();
    this.liveView.attach();
    this.transfers.attach();
    this.offShotImages = this.shotImages.attach(this.bus);
    this.autoImport.attach();
    this.offBridge = bridgeDriverEvents(this.driver, this.bus);
    await this.driver.start();
    await this.cameras.start();
    this.logs
      .logger('studio')
      .info(
        `started: ${this.driverStatus.kind} driver (${this.driverStatus.reason}); sessions in ${this.options.sessionRoot}`,
      );
  }

  warmUp(): void {
    if (this.state === 'started') this.driver.warmUp?.();
  }

  async stop(): Promise<void> {
    if (this.state !== 'started') {
      this.state = 'stopped';
      return;
    }
    this.state = 'stopped';
    await this.pro.stop();
    this.autoImport.detach();
    this.offShotImages();
    await this.transfers.shutdown();
    await this.liveView.shutdown();
    await this.cameras.stop();
    this.properties.detach();
    this.offBridge();
    await this.driver.stop();
    // Last: thumbnails written behind answers given while the rest stopped land before stop() resolves.
    await this.shotImages.stored();
    await Promise.allSettled([this.sessions.flush(), this.history.flush(), this.settings.flush()]);
    this.offLogFile();
    this.logFile?.close();
  }
}

/**
 * The one composition root: builds every studio service around one driver, for Electron and for
 * `npm run serve` alike. Call `start()` on the result; nothing touches the camera before that.
 */
export async function createStudio(options: StudioOptions): Promise<Studio> {
  const dataDir = resolve(options.dataDir);
  await makeDir(dataDir, { what: 'the data folder' });
  const logs = options.logs ?? rootLogs;
  const log = logs.logger('studio');
  const bus = new EventBus((event, err) =>
    log.error(`a '${event}' listener threw: ${(err as Error)?.message ?? String(err)}`),
  );
  const reporter = new CorruptionReporter(log.child('settings'), bus);
  const settings = new SettingsService(dataDir, reporter);
  await settings.load();
  // A stored root must be absolute for this platform: `C:\Shoots` on Linux or a relative path would be
  // created under the working directory. Such a root is reported and the default used instead.
  let stored = settings.get().sessionRoot;
  if (stored !== undefined && !isPlatformAbsolute(stored)) {
    log.error(`settings.json: ignored sessionRoot '${stored}': not an absolute path on this computer`);
    stored = undefined;
  }
  const sessionRoot = resolve(
    options.sessionRoot ?? stored ?? options.sessionRootFallback ?? defaultSessionRoot(),
  );
  const requested: DriverRequest = options.driver ?? 'auto';

  const { driver, status } = options.driverInstance
    ? suppliedDriver(options.driverInstance, requested)
    : await selectDriver(
        {
          requested,
          simCameras: options.simCameras,
          simOptions: options.simOptions,
          log: log.child('driver'),
        },
        options.driverLoaders,
      );

  const stagingRoot = join(dataDir, 'staging');
  const deliveries = new ShotDeliveryWatch(driver, log.child('capture'));
  const cameras = new CameraRegistry({
    driver,
    bus,
    log: log.child('cameras'),
    stagingRoot,
    autoConnect: () => ({
      enabled: options.autoConnect ?? settings.get().autoConnect,
      mode: settings.get().defaultMode,
    }),
    keepCameraPriority: () => settings.get().keepCameraPriority,
    deliveries,
  });
  const properties = new PropertyService({ driver, registry: cameras, bus, log: log.child('properties') });
  const capture = new CaptureService({
    driver,
    registry: cameras,
    properties,
    bus,
    log: log.child('capture'),
    afPolicy: () => ({ timeoutMs: settings.get().afTimeoutMs, onFail: settings.get().afFailAction }),
    releaseHoldMs: 35,
    deliveries,
  });
  const liveView = new LiveViewHub({ driver, registry: cameras, bus, log: log.child('live-view') });
  const cards = new CardService(
    driver,
    cameras,
    bus,
    join(dataDir, 'card-previews'),
    new CardThumbCache(join(dataDir, 'cache', 'card-thumbs'), log.child('card-thumbs')),
  );
  const extras = new CameraExtras(driver, cameras, join(dataDir, 'camera_settings'));
  const sessions = new SessionService({
    dataDir,
    root: sessionRoot,
    settings,
    reporter,
    bus,
    log: log.child('sessions'),
  });
  const shotImages = new ShotImageService(sessions, join(dataDir, 'cache', 'shots'));
  const history = new ImportHistory(dataDir, reporter);
  const journal = new TransferJournal(dataDir, reporter);
  const transfers = new TransferQueue({
    journal,
    driver,
    registry: cameras,
    cards,
    sessions,
    bus,
    log: log.child('transfers'),
    history,
    stagingRoot,
    verifyHash: () => settings.get().verifyHash,
    options: options.transfer,
  });
  const autoImport = new AutoImport(driver, transfers, bus, log.child('import'), stagingRoot);
  const pro = new ProServiceSet({
    dataDir,
    bus,
    log,
    reporter,
    registry: cameras,
    properties,
    capture,
    liveView,
    sessions,
    shotImages,
  });

  const studio = new StudioImpl(
    { dataDir, sessionRoot, driver: requested },
    driver,
    status,
    logs,
    bus,
    settings,
    cameras,
    properties,
    capture,
    liveView,
    cards,
    extras,
    sessions,
    shotImages,
    transfers,
    history,
    autoImport,
    pro,
  );
  if (options.logDir) studio.logFile = new RotatingLogFile(resolve(options.logDir));
  return studio;
}
