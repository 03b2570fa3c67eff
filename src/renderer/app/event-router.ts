import type { StudioEvent } from '../../shared/events';
import type { StudioStore } from '../store/store';
import type { CameraActions } from './camera-actions';
import type { CardActions } from './card-actions';
import type { ProActions } from './pro-actions';
import type { SessionActions } from './session-actions';

/** What the router may call besides the store. */
export interface RouterDeps {
  store: StudioStore;
  camera: CameraActions;
  session: SessionActions;
  card: CardActions;
  pro: Pick<ProActions, 'loadPresets' | 'loadReviews'>;
}

/**
 * Turns studio events into store updates and targeted re-reads. The returned function is the one
 * subscriber the window registers on `client.subscribeEvents`.
 */
export function createEventRouter(deps: RouterDeps): (event: StudioEvent) => void {
  const { store, camera, session, card, pro } = deps;
  return (ev) => {
    const s = store.getState();
    switch (ev.event) {
      case 'connected':
        // The SSE handshake: a reopened stream follows a dropped link, which re-syncs by itself.
        if (!('model' in ev.data)) return;
        s.upsertCamera({ ...ev.data, id: ev.data.cameraId, connected: true, state: 'connected' });
        camera.connectedIn(ev.data.cameraId, ev.data.mode);
        void camera.refreshProperties(ev.data.cameraId);
        return;
      case 'disconnected':
        s.setConnection(ev.data.cameraId, 'disconnected');
        s.clearProperties(ev.data.cameraId);
        return;
      case 'connectionState':
        if (ev.data.state === 'connected' && ev.data.mode) camera.connectedIn(ev.data.cameraId, ev.data.mode);
        else s.setConnection(ev.data.cameraId, ev.data.state, ev.data.mode);
        if (ev.data.state === 'connected') void camera.refreshProperties(ev.data.cameraId);
        return;
      case 'cameraAdded':
        s.upsertCamera(ev.data);
        void camera.maybeAutoConnect();
        // Under `--driver auto` a real body replaces the simulated one (and back): the status says which.
        void camera.refreshStatus();
        return;
      case 'cameraRemoved':
        s.removeCamera(ev.data.cameraId);
        s.clearProperties(ev.data.cameraId);
        void camera.refreshStatus();
        return;
      case 'propertyChanged':
        void camera.refreshProperties(ev.data.cameraId);
        return;
      case 'afStatus':
        s.setAfState(ev.data.cameraId, ev.data.state);
        return;
      case 'downloadComplete':
        // The session's copy arrives as `shotAdded` (a client's own file is not a session shot).
        return;
      case 'shotAdded':
        session.shotArrived(ev.data);
        return;
      case 'shotThumbnail':
        session.thumbnailArrived(ev.data);
        return;
      case 'transferProgress':
        s.applyProgress(ev.data);
        return;
      case 'transferQueued':
      case 'transferFailed':
      case 'transferUpdated':
        s.upsertJob(ev.data);
        return;
      case 'pendingImports':
        s.setPendingImports(ev.data.items);
        return;
      case 'transferDone':
        s.upsertJob(ev.data);
        void session.refreshActive().catch(() => undefined);
        return;
      case 'contentsTransfer':
        if (ev.data.cameraId === s.activeCameraId && s.viewer === 'card') void card.load(ev.data.cameraId);
        return;
      case 'sessionChanged':
        void session.refreshActive().catch(() => undefined);
        void pro.loadReviews(ev.data.id).catch(() => undefined);
        return;
      case 'sequenceProgress':
        s.upsertRun(ev.data);
        return;
      case 'shotReviewChanged':
        if (ev.data.sessionId === s.activeSession?.id) s.mergeReviews(ev.data.reviews);
        return;
      case 'captureAll':
        s.setLastCaptureAll(ev.data);
        return;
      case 'presetsChanged':
        void pro.loadPresets().catch(() => undefined);
        return;
      case 'error':
        // A body without live view (many libgphoto2 cameras) is a fact to show in the pane, not an error.
        if (ev.data.code === 'NOT_SUPPORTED' && ev.data.message.startsWith('Live view:')) {
          if (ev.data.cameraId === s.activeCameraId) s.setLivePhase('unsupported');
          return;
        }
        s.setNotice(ev.data.cameraId, {
          kind: 'error',
          code: String(ev.data.code),
          message: ev.data.message,
          at: Date.now(),
        });
        return;
      case 'warning':
        // Studio-wide (camera '*'): discovery started failing; the status says why.
        if (ev.data.cameraId === '*') void camera.loadCameras().catch(() => undefined);
        s.setNotice(ev.data.cameraId, {
          kind: 'warning',
          code: ev.data.code,
          message: ev.data.message,
          at: Date.now(),
        });
        return;
      case 'operationResult':
        if (ev.data.cameraId === '*' && ev.data.operation === 'discovery')
          void camera.loadCameras().catch(() => undefined);
        return;
      case 'liveViewState':
      case 'focusResult':
        // The focus position itself arrives as a propertyChanged; the result matters to Alpha API clients only.
        return;
      default: {
        // A new catalog event fails to compile here until the router decides what it means for the UI.
        const unhandled: never = ev;
        return unhandled;
      }
    }
  };
}
