import { SHUTTER_BULB } from '../../../shared/properties/index';
import { HOLD_CAP_MS } from '../../app/bulb-actions';
import { useActions, useStudio } from '../../app/studio-context';
import { openExposure } from '../../store/pro-slice';
import { bulbHoldHandlers } from './bulb-hold-handlers';
import { ExposureCountdown } from './exposure-countdown';
import './bulb-controls.css';

/** True when the active camera is connected with its shutter on BULB (a store selector). */
export function useBulbShutter(): boolean {
  return useStudio((s) => {
    const id = s.activeCameraId;
    return (
      !!id &&
      s.connections[id]?.state === 'connected' &&
      s.properties[id]?.['shutter-speed']?.value === SHUTTER_BULB
    );
  });
}

/**
 * BULB in the capture bar (shown while the shutter is on BULB): expose for a set number of seconds (the
 * studio times it) or press-and-hold; while the shutter is open, a countdown (or the time held) and, for a
 * timed exposure, End now. Space does the same as the Expose / Hold button.
 */
export function BulbControls({ disabled }: { disabled: boolean }) {
  const { pro } = useActions();
  const bulbShutter = useBulbShutter();
  const prefs = useStudio((s) => s.bulb);
  const setBulb = useStudio((s) => s.setBulb);
  const open = useStudio((s) => openExposure(s.runs, s.activeCameraId));
  if (!bulbShutter) return null;
  const hold = prefs.mode === 'hold';
  return (
    <div className="bulb" role="group" aria-label="Bulb exposure">
      <span className="bulb__title">BULB</span>
      <select
        className="field"
        aria-label="Bulb mode"
        value={prefs.mode}
        disabled={open !== null}
        onChange={(e) => setBulb({ mode: e.target.value === 'hold' ? 'hold' : 'timed' })}
      >
        <option value="timed">For</option>
        <option value="hold">Hold</option>
      </select>
      {!hold && (
        <>
          <input
            className="field interval__num"
            type="number"
            min={1}
            max={3600}
            value={prefs.seconds}
            aria-label="Bulb seconds"
            disabled={open !== null}
            onChange={(e) =>
              setBulb({ seconds: Math.min(3600, Math.max(1, Math.round(Number(e.target.value) || 1))) })
            }
          />
          <span className="muted">s</span>
        </>
      )}
      {hold ? (
        <button
          type="button"
          className={open ? 'btn btn--small bulb__hold bulb__hold--open' : 'btn btn--small bulb__hold'}
          disabled={disabled}
          title={`Hold to keep the shutter open (Space); it closes when you let go, at the latest after ${HOLD_CAP_MS / 60_000} min`}
          {...bulbHoldHandlers(pro.bulb)}
        >
          {open ? 'Release to close' : 'Hold to expose'}
        </button>
      ) : (
        <button
          type="button"
          className="btn btn--small"
          disabled={disabled || open !== null}
          title="Open the shutter for the set time, timed by the studio (Space)"
          onClick={() => void pro.bulb.expose().catch(() => undefined)}
        >
          Expose
        </button>
      )}
      {open && <ExposureCountdown run={open} />}
      {open && !hold && (
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => void pro.bulb.endNow(open.id).catch(() => undefined)}
        >
          End now
        </button>
      )}
    </div>
  );
}
