import type { ConnectionMode, ConnectionState, SaveInfo } from '../../../shared/camera-types';
import type { ErrorValue } from '../../../shared/errors';
import type { Logger } from '../../core/logger';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { DriverEventMap } from '../driver';
import type { SimFaults } from './faults';
import type { PropertyModel } from './property-model';
import type { FocusModel } from './sim-focus';
import type { SimIdentity } from './sim-models';
import type { VirtualCard } from './virtual-card';

/** Tunables shared by every body of a driver. */
export interface SimBodyOptions {
  /** Card read rate, bytes/s (`Infinity` = unlimited). */
  rateBytesPerSec: number;
  /** How long the body takes to report connected/disconnected, ms. */
  connectDelayMs: number;
  /** Folder under which the default save-info folder `tether-sim-<id>` lives. */
  saveRoot: string;
  /** Clock for card contents and shot times. */
  now: () => Date;
  /** Fill each card with about this many files (weeks of shooting) instead of the two-session seed. */
  cardFiles?: number;
  log: Logger;
}

/**
 * What a body's units (AF, capture, delivery, lens, card access, OSD) see of their body. `SimBody` implements it; the units
 * depend on this instead of the class, so the body and its units do not import each other.
 */
export interface SimBodyParts {
  readonly id: string;
  readonly state: ConnectionState;
  readonly identity: SimIdentity;
  readonly events: TypedEmitter<DriverEventMap>;
  readonly options: SimBodyOptions;
  readonly faults: SimFaults;
  readonly props: PropertyModel;
  readonly focus: FocusModel;
  /** The lens: racks focus to a distance (manual-focus shots at a set distance). */
  readonly lens: { focusAt(distanceM: number): Promise<void> };
  /** Live view: long exposures hold frames back (holds nest). */
  readonly liveView: { hold(on: boolean): void };
  readonly card: VirtualCard;
  readonly capture: { bytesPerShot(): number };
  readonly osdEnabled: boolean;
  readonly saveInfo: SaveInfo;
  requireConnected(modes?: readonly ConnectionMode[]): ConnectionMode;
  requireCardAccess(): void;
  emitError(error: ErrorValue, sdkCode?: number): void;
  mutate(change: () => void): void;
  refreshCardProps(): void;
  refreshFocusProps(): void;
  /** Blur level of every depth plane of the set, the subject plane's level, and the brightness step. */
  imageLook(): { blur: number[]; level: number; step: number };
}
