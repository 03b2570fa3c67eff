/**
 * The Studio: every service the adapters (IPC bridge, HTTP server) need, built once by `createStudio`.
 * Each service owns its interface (`*-api.ts` next to it); this file only gathers them, so adapters depend
 * on one type and never on a service class.
 */
import type { DiagnosticsBundle } from '../../shared/diagnostics-types';
import type { DriverRequest, DriverStatus, StudioStatus } from '../../shared/studio-types';
import type { CameraDriver } from '../camera/driver';
import type { DriverLoaders } from './driver-loaders';
import type { EventBus } from '../core/event-bus';
import type { LogBuffer } from '../core/logger';
import type { SessionServiceApi } from '../session/session-api';
import type { ShotImageServiceApi } from '../session/shot-images-api';
import type { SettingsServiceApi } from '../settings/settings-api';
import type { CameraExtrasApi } from '../studio/camera-extras-api';
import type { CameraRegistryApi } from '../studio/camera-registry-api';
import type { CaptureServiceApi } from '../studio/capture-api';
import type { CardServiceApi } from '../studio/card-api';
import type { LiveViewHubApi } from '../studio/live-view-api';
import type { PropertyServiceApi } from '../studio/property-api';
import type { TransferQueueApi } from '../transfer/transfer-api';
import type { TransferQueueOptions } from '../transfer/transfer-queue';
import type { ProServices } from './pro-services';

export type { DriverRequest } from '../../shared/studio-types';

/** Options of {@link createStudio}. */
export interface StudioOptions {
  /** User data folder: settings.json, sessions.json, import history, staging folder, thumbnail cache. */
  dataDir: string;
  /** Session root; overrides the settings. Default: settings, else `sessionRootFallback`, else `~/Pictures/Tether Studio`. */
  sessionRoot?: string;
  /** Session root when neither `sessionRoot` nor the settings name one (`serve --data-dir DIR`: `DIR/sessions`). */
  sessionRootFallback?: string;
  /** Driver selection; default `auto`. */
  driver?: DriverRequest;
  /** Number of simulated bodies (default: `TETHER_SIM_CAMERAS` or 1). */
  simCameras?: number;
  /** Extra options handed to the SimDriver constructor (rates, faults). */
  simOptions?: Record<string, unknown>;
  /** Log buffer (default: the process-wide one). */
  logs?: LogBuffer;
  /** Overrides the settings' auto-connect (connect when exactly one camera is present). */
  autoConnect?: boolean;
  /** Tests: use this driver instance instead of selecting one. */
  driverInstance?: CameraDriver;
  /** Tests: load the driver modules from here when selecting (default: the built-in drivers). */
  driverLoaders?: DriverLoaders;
  /** Transfer retry/timing policy (tests and benchmarks shorten it). */
  transfer?: Partial<TransferQueueOptions>;
  /** Writes rotating log files here (the entries pass `<dataDir>/logs`); none when absent. */
  logDir?: string;
}

/** Everything built by the composition root. */
export interface Studio {
  /** Resolved options (absolute dataDir, and the sessionRoot at start: `sessions.root` follows later changes). */
  readonly options: Readonly<Required<Pick<StudioOptions, 'dataDir' | 'sessionRoot' | 'driver'>>>;
  /** Which driver is active and why, now (under `auto` it follows hot-plug: simulator ↔ real camera). */
  readonly driverStatus: DriverStatus;
  readonly logs: LogBuffer;
  /** The one event bus adapters subscribe to (`on`, `onAny`). */
  readonly bus: EventBus;
  readonly settings: SettingsServiceApi;
  readonly cameras: CameraRegistryApi;
  readonly properties: PropertyServiceApi;
  readonly capture: CaptureServiceApi;
  readonly liveView: LiveViewHubApi;
  readonly cards: CardServiceApi;
  /** The body features only the Alpha API reaches (OSD, settings files, LUT, fingerprint). */
  readonly extras: CameraExtrasApi;
  readonly sessions: SessionServiceApi;
  readonly shotImages: ShotImageServiceApi;
  readonly transfers: TransferQueueApi;
  /** Sequences, review, presets and the multi-camera trigger (issue 11). */
  readonly pro: ProServices;
  /** Epoch ms at `start()` (0 before). */
  readonly startedAt: number;
  /** Studio status; the HTTP/IPC adapter supplies its server state. */
  status(server?: { enabled: boolean; url: string | null }): StudioStatus;
  /** Where the rotating log files are (null: logs only in memory and stderr). */
  readonly logDir: string | null;
  /** Versions, settings, cameras, queue state and logs in one document, secrets redacted. */
  diagnostics(): Promise<DiagnosticsBundle>;
  /** Starts the driver, loads sessions, wires events, auto-connects when asked. */
  start(): Promise<void>;
  /**
   * The app is up (its server listens, its window is open): the driver gets ready for a first connect in
   * the background. Kept out of `start()` so it does not compete with the app's own start-up.
   */
  warmUp(): void;
  /** Stops transfers and live view, disconnects, stops the driver, flushes state. Idempotent. */
  stop(): Promise<void>;
}
