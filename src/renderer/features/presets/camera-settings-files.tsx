import { useCallback, useEffect, useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { asErrorValue } from '../errors/error-messages';
import './presets-panel.css';

/**
 * The body's own settings file (save/load): save the active camera's settings file on the computer under
 * a name, and load a saved one back into a body — after a confirmation, since the body applies every
 * setting in it at once (and a real body restarts).
 */
export function CameraSettingsFiles() {
  const { pro } = useActions();
  const connected = useStudio((s) =>
    s.activeCameraId ? s.connections[s.activeCameraId]?.state === 'connected' : false,
  );
  const [files, setFiles] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [confirm, setConfirm] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(
    () =>
      pro
        .listSettingsFiles()
        .then(setFiles)
        .catch((e: unknown) => setNote(asErrorValue(e).message)),
    [pro],
  );
  useEffect(() => void refresh(), [refresh]);
  const act = (work: () => Promise<string>) => {
    setBusy(true);
    void work()
      .then(setNote)
      .catch((e: unknown) => setNote(asErrorValue(e).message))
      .finally(() => {
        setBusy(false);
        void refresh();
      });
  };

  return (
    <section className="panel presets" aria-label="Camera settings files">
      <div className="panel__head">Camera settings files</div>
      <ul className="presets__list" aria-label="Saved settings files">
        {files.length === 0 && <li className="presets__item muted">None saved yet</li>}
        {files.map((f) => (
          <li key={f} className="presets__item">
            <span className="presets__name" title={f}>
              {f}
            </span>
            {confirm === f ? (
              <>
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={!connected || busy}
                  aria-label={`Confirm load ${f}`}
                  onClick={() => {
                    setConfirm(null);
                    act(async () => (await pro.loadSettingsFile(f), `Loaded ${f} into the camera`));
                  }}
                >
                  Load now
                </button>
                <button type="button" className="btn btn--small btn--ghost" onClick={() => setConfirm(null)}>
                  Keep
                </button>
              </>
            ) : (
              <button
                type="button"
                className="btn btn--small"
                disabled={!connected || busy}
                aria-label={`Load ${f} into the camera`}
                title="The camera applies every setting in the file at once"
                onClick={() => setConfirm(f)}
              >
                Load…
              </button>
            )}
          </li>
        ))}
      </ul>
      {confirm && (
        <div className="presets__note" role="alert">
          Loading {confirm} replaces the camera&apos;s settings with the file&apos;s (a real body restarts).
        </div>
      )}
      <form
        className="presets__save"
        aria-label="Save camera settings file"
        onSubmit={(e) => {
          e.preventDefault();
          const wanted = name.trim() || undefined;
          act(async () => {
            const saved = await pro.saveSettingsFile(wanted);
            setName('');
            return `Saved ${saved}`;
          });
        }}
      >
        <input
          className="field"
          aria-label="Settings file name"
          placeholder="File name (optional)"
          value={name}
          maxLength={116}
          onChange={(e) => setName(e.target.value.replace(/[\\/]/g, ''))}
        />
        <button type="submit" className="btn btn--small" disabled={!connected || busy}>
          Save from camera
        </button>
      </form>
      {note && (
        <div className="presets__note muted" role="status">
          {note}
        </div>
      )}
    </section>
  );
}
