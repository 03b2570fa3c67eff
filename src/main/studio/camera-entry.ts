import type { CameraInfo, ConnectionMode, ConnectionState } from '../../shared/camera-types';

/** The registry's record of one camera: what the driver said, presence, state and what the user wants. */
export interface CameraEntry {
  info: CameraInfo;
  present: boolean;
  state: ConnectionState;
  mode?: ConnectionMode;
  /** What the user asked for; kept across an unplug so the camera is reconnected when it comes back. */
  wanted?: { mode: ConnectionMode; reconnect: boolean };
  /** The driver said it is reconnecting by itself (CRSDK reconnect): wait for its `connected`. */
  driverReconnecting?: boolean;
  /** The mode of the previous connection (what a connect without a mode restores). */
  lastMode?: ConnectionMode;
}

/** The camera as clients see it: the driver's info with the registry's state, mode and previous mode. */
export function entryView(e: CameraEntry): CameraInfo {
  const connected = e.state === 'connected';
  const { mode: _mode, state: _state, lastMode: _last, ...info } = e.info;
  return {
    ...info,
    connected,
    state: e.state,
    ...(connected && e.mode ? { mode: e.mode } : {}),
    ...(e.lastMode ? { lastMode: e.lastMode } : {}),
  };
}
