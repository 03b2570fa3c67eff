import { ErrorCode, TetherError } from '../../shared/errors';
import type { StudioStore } from '../store/store';

/** The active camera's id when it is connected, else null. */
export function connectedCamera(store: StudioStore): string | null {
  const s = store.getState();
  const id = s.activeCameraId;
  return id && s.connections[id]?.state === 'connected' ? id : null;
}

/** The active camera's id; throws NOT_CONNECTED when it is not connected. */
export function requireConnectedCamera(store: StudioStore): string {
  const id = connectedCamera(store);
  if (!id) throw new TetherError(ErrorCode.NotConnected, 'no connected camera');
  return id;
}
