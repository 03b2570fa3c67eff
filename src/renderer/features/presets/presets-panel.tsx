import { useMemo, useRef, useState } from 'react';
import { PRESET_WRITE_ORDER } from '../../../shared/preset-types';
import { useActions, useStudio } from '../../app/studio-context';
import './presets-panel.css';

/** Settings a new preset takes by default (those the body offers and lets the user write). */
const DEFAULT_PICK = new Set(['exposure-program-mode', 'shutter-speed', 'aperture', 'iso', 'white-balance']);

/**
 * Presets: save the active camera's current values of the settings ticked as a named preset, apply one in
 * a click (the studio writes them in dependency order), delete, export all to JSON, import a JSON file.
 */
export function PresetsPanel() {
  const { pro } = useActions();
  const presets = useStudio((s) => s.presets);
  const cameraId = useStudio((s) => s.activeCameraId);
  const props = useStudio((s) => (s.activeCameraId ? s.properties[s.activeCameraId] : undefined));
  const connected = useStudio((s) =>
    s.activeCameraId ? s.connections[s.activeCameraId]?.state === 'connected' : false,
  );
  const writable = useMemo(
    () =>
      Object.values(props ?? {})
        .filter((p) => p.writable && PRESET_WRITE_ORDER.includes(p.name))
        .sort((a, b) => PRESET_WRITE_ORDER.indexOf(a.name) - PRESET_WRITE_ORDER.indexOf(b.name)),
    [props],
  );
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<Set<string>>(DEFAULT_PICK);
  const [note, setNote] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const chosen = writable.filter((p) => picked.has(p.name)).map((p) => p.name);
  const act = (work: () => Promise<string | void>) =>
    void work()
      .then((msg) => setNote(msg ?? ''))
      .catch((e: Error) => setNote(e.message));

  const exportAll = () =>
    act(async () => {
      const doc = await pro.exportPresets();
      const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'tether-presets.json';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });

  return (
    <section className="panel presets" aria-label="Presets">
      <div className="panel__head">Presets</div>
      <ul className="presets__list" aria-label="Saved presets">
        {presets.map((p) => (
          <li key={p.name} className="presets__item">
            <span
              className="presets__name"
              title={p.values.map((v) => `${v.name}: ${v.formatted}`).join('\n')}
            >
              {p.name}
            </span>
            <button
              type="button"
              className="btn btn--small"
              disabled={!connected}
              aria-label={`Apply ${p.name}`}
              onClick={() =>
                act(async () => {
                  const failed = await pro.applyPreset(p.name);
                  return failed.length ? `Not applied: ${failed.join('; ')}` : `Applied ${p.name}`;
                })
              }
            >
              Apply
            </button>
            <button
              type="button"
              className="btn btn--small btn--ghost"
              aria-label={`Delete ${p.name}`}
              onClick={() => act(() => pro.deletePreset(p.name))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="presets__save"
        aria-label="Save preset"
        onSubmit={(e) => {
          e.preventDefault();
          if (cameraId && name.trim())
            act(async () => (await pro.savePreset(name.trim(), chosen), `Saved ${name.trim()}`));
        }}
      >
        <input
          className="field"
          aria-label="Preset name"
          placeholder="Preset name"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className="btn btn--small"
          disabled={!connected || !name.trim() || chosen.length === 0}
        >
          Save
        </button>
        <div className="presets__props">
          {writable.map((p) => (
            <label key={p.name} className="presets__prop">
              <input
                type="checkbox"
                checked={picked.has(p.name)}
                onChange={(e) => {
                  const next = new Set(picked);
                  if (e.target.checked) next.add(p.name);
                  else next.delete(p.name);
                  setPicked(next);
                }}
              />
              {p.label}
            </label>
          ))}
        </div>
      </form>
      <div className="presets__io">
        <button type="button" className="btn btn--small" disabled={presets.length === 0} onClick={exportAll}>
          Export…
        </button>
        <button type="button" className="btn btn--small" onClick={() => file.current?.click()}>
          Import…
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          aria-label="Import presets file"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) act(async () => (await pro.importPresets(await f.text()), `Imported ${f.name}`));
          }}
        />
      </div>
      {note && (
        <div className="presets__note muted" role="status">
          {note}
        </div>
      )}
    </section>
  );
}
