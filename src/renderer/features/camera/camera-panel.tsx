import { useState } from 'react';
import type { ConnectionMode } from '../../../shared/camera-types';
import { useActions, useStudio } from '../../app/studio-context';
import { ErrorNote } from '../errors/error-note';
import { asErrorValue, type UiError } from '../errors/error-messages';
import { CONNECTION_LABEL, DRIVER_SHORT, MODE_HINT, MODE_LABEL } from '../shared/labels';
import { useSettledIntent } from '../shared/intent-guard';
import { CameraStatusGrid } from './camera-status-grid';
import { ConnectButton } from './connect-button';
import './camera-panel.css';

/** Camera picker and status: model, battery, card, connection state, Connect with a mode, driver info. */
export function CameraPanel() {
  const actions = useActions();
  const cameras = useStudio((s) => s.cameras);
  const activeId = useStudio((s) => s.activeCameraId);
  const conn = useStudio((s) => (s.activeCameraId ? s.connections[s.activeCameraId] : undefined));
  const notice = useStudio((s) => (s.activeCameraId ? s.notices[s.activeCameraId] : undefined));
  const status = useStudio((s) => s.studioStatus);
  const setActive = useStudio((s) => s.setActiveCamera);
  const setNotice = useStudio((s) => s.setNotice);
  const prefs = useStudio((s) => s.prefs);
  const linkDown = useStudio((s) => s.link.state === 'down');
  const openDialog = useStudio((s) => s.openDialog);
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState(false);

  const camera = cameras.find((c) => c.id === activeId);
  const state = conn?.state ?? 'disconnected';
  const connectedish = state === 'connected' || state === 'reconnecting';
  // Connect turns into Disconnect when auto-connect or another client wins the race: not under the pointer.
  const settled = useSettledIntent(connectedish ? 'disconnect' : 'connect');
  const setPrefs = (patch: Partial<typeof prefs>) => actions.camera.setPrefs(patch);
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await job();
    } catch (err) {
      setError(asErrorValue(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel cam" aria-label="Camera">
      <div className="panel__head">
        Camera
        <span className="spacer" />
        {/* When the studio itself is gone, nothing is known about the camera: say so, not "Connected". */}
        <span
          className={`cam__state cam__state--${linkDown ? 'unreachable' : state}`}
          data-testid="connection-state"
        >
          {linkDown ? 'Studio unreachable' : CONNECTION_LABEL[state]}
        </span>
      </div>
      <div className="panel__body">
        {cameras.length === 0 && (
          <div className="muted">No camera found. Connect one with a USB cable and turn it on.</div>
        )}
        {cameras.length > 1 && (
          <select
            className="field cam__picker"
            aria-label="Camera"
            value={activeId ?? ''}
            onChange={(e) => setActive(e.target.value)}
          >
            {cameras.map((c) => (
              <option key={c.id} value={c.id}>
                {c.model} · {c.serial || c.id}
              </option>
            ))}
          </select>
        )}
        {camera && (
          <>
            <div className="cam__model">
              <span className="cam__model-name">{camera.model}</span>
              <span className="muted mono">{camera.connectionType}</span>
            </div>
            <div className="cam__serial muted mono">{camera.serial || camera.id}</div>
            {state === 'connected' && <CameraStatusGrid cameraId={camera.id} mode={conn?.mode} />}
            <div className="cam__connect">
              <select
                className="field"
                aria-label="Connection mode"
                value={state === 'connected' && conn?.mode ? conn.mode : prefs.mode}
                disabled={busy || state === 'connecting' || state === 'disconnecting'}
                onChange={(e) => {
                  const mode = e.target.value as ConnectionMode;
                  if (state === 'connected') void run(() => actions.camera.switchMode(camera.id, mode));
                  setPrefs({ mode });
                }}
              >
                {(Object.keys(MODE_LABEL) as ConnectionMode[]).map((m) => (
                  <option key={m} value={m} title={MODE_HINT[m]}>
                    {MODE_LABEL[m]}
                  </option>
                ))}
              </select>
              <ConnectButton
                state={state}
                busy={busy}
                settling={!settled}
                onConnect={() => void run(() => actions.camera.connect(camera.id, prefs.mode))}
                onDisconnect={() => void run(() => actions.camera.disconnect(camera.id))}
              />
            </div>
          </>
        )}
        <label className="cam__auto">
          <input
            type="checkbox"
            checked={prefs.autoConnect}
            onChange={(e) => setPrefs({ autoConnect: e.target.checked })}
          />
          Connect automatically when one camera is plugged in
        </label>
        <ErrorNote error={error} onDismiss={() => setError(null)} />
        {notice && activeId && (
          <ErrorNote error={notice} compact onDismiss={() => setNotice(activeId, null)} />
        )}
        {status?.driver.discovery && !status.driver.discovery.ok && (
          <p className="cam__discovery" role="alert">
            Camera discovery fails: {status.driver.discovery.message ?? 'unknown error'}. The studio keeps
            looking.
          </p>
        )}
        {status && (
          <div className="cam__driver muted">
            <span>{DRIVER_SHORT[status.driver.kind] ?? 'Camera over USB'}</span>
            <button type="button" className="btn btn--small btn--ghost" onClick={() => openDialog('about')}>
              About…
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
