import type { ConnectionMode, LiveViewFrame, SaveInfo } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { GpCamera, GpStorage, GpWidget } from './gp-api';
import { isLinkLost } from './gp-errors';
import { SerialQueue } from './serial-queue';

/** A connected camera: its libgphoto2 handle, the queue every call on it goes through, and the driver's state. */
export class GpLink {
  /** `reconnecting` after a link loss when the connection asked to reconnect. */
  state: 'connected' | 'reconnecting' = 'connected';
  /** The libgphoto2 handle is open (false between a link loss and the reopen). */
  cameraOpen = true;
  /** Set once the link is being closed: loops stop, new calls fail. */
  closing = false;
  readonly queue = new SerialQueue();
  /** The config tree, flattened by widget name (refreshed on property events). */
  widgets = new Map<string, GpWidget>();
  /** Storages (card slots) as last read: for the slot status properties. */
  storages: GpStorage[] = [];
  saveInfo: SaveInfo | null = null;
  /** Store destination `both`: a shot kept on the card is also downloaded to the host. */
  alsoDownload = true;
  liveViewEnabled = false;
  streaming = false;
  frameSeq = 0;
  latest: LiveViewFrame | null = null;
  /** One card transfer at a time (the driver contract; PTP itself has one data phase at a time). */
  transferBusy = false;
  /** Files the driver captured itself, so the camera's own "file added" event does not import them twice. */
  readonly handledFiles = new Set<string>();
  /** Sequence of staged file names (save-info `startNo` onwards). */
  nextNumber = 1;
  /** Called when a call fails because the USB link is gone. */
  onLost: (err: TetherError) => void = () => undefined;

  constructor(
    readonly cameraId: string,
    public camera: GpCamera,
    public port: string,
    readonly mode: ConnectionMode,
    readonly reconnect: boolean,
  ) {}

  /** Runs `job` on this camera's queue; a lost link fails it with DISCONNECTED and reports the loss once. */
  call<T>(job: (camera: GpCamera) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      if (this.closing || this.state !== 'connected')
        throw new TetherError(ErrorCode.Disconnected, `camera ${this.cameraId} is not connected`);
      try {
        return await job(this.camera);
      } catch (err) {
        if (isLinkLost(err)) {
          const lost = err as TetherError;
          this.onLost(lost);
          throw new TetherError(ErrorCode.Disconnected, lost.message, lost.details);
        }
        throw err;
      }
    });
  }

  /** Throws WRONG_CONNECTION_MODE unless connected in one of `modes`. */
  requireMode(modes: readonly ConnectionMode[]): void {
    if (!modes.includes(this.mode)) {
      throw new TetherError(
        ErrorCode.WrongConnectionMode,
        `not available in ${this.mode} mode (needs ${modes.join(' or ')})`,
        { mode: this.mode },
      );
    }
  }
}
