import { useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { ErrorNote } from '../errors/error-note';
import { BulbControls, useBulbShutter } from './bulb-controls';
import { bulbHoldHandlers } from './bulb-hold-handlers';
import { IntentButton } from '../shared/intent-button';
import { CaptureAllButton } from './capture-all-button';
import { ExposureReadout } from './exposure-readout';
import { IntervalControls } from './interval-controls';
import './capture-bar.css';
import { useRecording } from '../liveview/rec-indicator';

/** Shutter, half-press AF, AF + capture, movie record and the interval timer. */
export function CaptureBar() {
  const { capture, pro } = useActions();
  const state = useStudio((s) => s.capture);
  const connected = useStudio((s) =>
    s.activeCameraId ? s.connections[s.activeCameraId]?.state === 'connected' : false,
  );
  const mode = useStudio((s) => (s.activeCameraId ? s.connections[s.activeCameraId]?.mode : undefined));
  const recording = useRecording();
  const [flash, setFlash] = useState(0);
  const canShoot = connected && mode !== 'contents';
  // On BULB the shutter button is the bulb's: a studio-timed exposure, or press-and-hold.
  const bulb = useBulbShutter();
  const bulbHold = useStudio((s) => s.bulb.mode === 'hold');
  const shoot = (af: boolean) => {
    setFlash((n) => n + 1);
    (bulb ? pro.bulb.expose() : capture.capture(af)).catch(() => undefined);
  };
  const shutter = bulb && bulbHold ? bulbHoldHandlers(pro.bulb) : { onClick: () => shoot(false) };

  return (
    <div className="capture" role="toolbar" aria-label="Capture">
      <button
        type="button"
        className="capture__shutter"
        disabled={!canShoot}
        {...shutter}
        title={
          bulb
            ? bulbHold
              ? 'BULB: hold to expose (Space)'
              : 'BULB: expose for the set time (Space)'
            : 'Capture (Space)'
        }
        aria-keyshortcuts="Space"
      >
        <span key={flash} className={flash ? 'capture__dot capture__dot--flash' : 'capture__dot'} />
        Capture
      </button>
      <button
        type="button"
        className={state.halfPressed ? 'btn capture__af capture__af--held' : 'btn capture__af'}
        disabled={!canShoot}
        aria-pressed={state.halfPressed}
        title="Half-press to focus: hold F or hold this button"
        aria-keyshortcuts="F"
        onPointerDown={() => void capture.halfPress(true)}
        onPointerUp={() => void capture.halfPress(false)}
        onPointerLeave={() => state.halfPressed && void capture.halfPress(false)}
      >
        AF (hold F)
      </button>
      <button
        type="button"
        className="btn"
        disabled={!canShoot}
        onClick={() => shoot(true)}
        title="Focus, then capture (Shift+Space)"
        aria-keyshortcuts="Shift+Space"
      >
        AF-Shutter
      </button>
      <IntentButton
        meaning={recording ? 'stop-recording' : 'start-recording'}
        className={recording ? 'btn capture__rec capture__rec--on' : 'btn capture__rec'}
        disabled={!canShoot}
        aria-pressed={recording}
        onPress={() => void capture.setMovie(!recording)}
        title="Start/stop movie recording (R)"
        data-testid="movie-button"
      >
        <span className="capture__rec-dot" /> {recording ? 'Stop' : 'Rec'}
      </IntentButton>
      <CaptureAllButton disabled={!canShoot} />
      <span className="capture__sep" />
      <BulbControls disabled={!canShoot} />
      <IntervalControls disabled={!canShoot} />
      <span className="capture__spacer" />
      <ExposureReadout />
      <span className="capture__status" aria-live="polite">
        {state.inFlight > 0
          ? 'Capturing…'
          : state.lastAt
            ? `Last shot ${new Date(state.lastAt).toLocaleTimeString()}`
            : ''}
      </span>
      {state.error && (
        <div className="capture__error">
          <ErrorNote error={state.error} compact onDismiss={() => capture.clearError()} />
        </div>
      )}
    </div>
  );
}
