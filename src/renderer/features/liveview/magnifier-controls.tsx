import { useMemo } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { MAGNIFIER_PROPERTY, magnifierOptions } from '../../app/magnifier-actions';
import { magnifiedArea } from '../../../shared/properties';

/** `50` → `5×`, `59` → `5.9×`. */
export function ratioLabel(ratioX10: number): string {
  return `${Number.isInteger(ratioX10 / 10) ? ratioX10 / 10 : (ratioX10 / 10).toFixed(1)}×`;
}

/**
 * The focus-check buttons of the live-view toolbar: one per ratio the camera's magnifier offers (or the
 * stream crop's 5×/10× when it has none). Pressing the pressed one closes the magnifier.
 */
export function MagnifierControls({ disabled }: { disabled: boolean }) {
  const { magnifier: actions } = useActions();
  // Select stable parts (a new object per selector call would re-render forever), then derive.
  const cameraId = useStudio((s) => s.activeCameraId);
  const prop = useStudio((s) => (cameraId ? s.properties[cameraId]?.[MAGNIFIER_PROPERTY] : undefined));
  const { source, ratios } = useMemo(
    () =>
      magnifierOptions({
        activeCameraId: cameraId,
        properties: cameraId && prop ? { [cameraId]: { [MAGNIFIER_PROPERTY]: prop } } : {},
      }),
    [cameraId, prop],
  );
  const on = useStudio((s) => s.magnifier.ratioX10);
  const where = source === 'body' ? 'the camera magnifies' : 'crop of the live-view stream';
  return (
    <span className="lv-mag-controls" role="group" aria-label="Focus magnifier">
      {ratios.map((r) => (
        <button
          key={r}
          type="button"
          className="tool-toggle"
          aria-pressed={on === r}
          aria-label={`Magnify ${ratioLabel(r)}`}
          title={`Focus check ${ratioLabel(r)} at the AF point (M); arrows or drag move it — ${where}`}
          disabled={disabled}
          data-testid={`magnify-${r}`}
          onClick={() => (on === r ? actions.close() : void actions.open(r))}
        >
          {ratioLabel(r)}
        </button>
      ))}
    </span>
  );
}

/** Where the magnified area lies in the frame, with the ratio and whether the camera or a crop enlarges. */
export function MagnifierNavigator() {
  const m = useStudio((s) => s.magnifier);
  if (m.ratioX10 <= 0) return null;
  const a = magnifiedArea(m.ratioX10, m.centre);
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  return (
    <div className="lv-mag-nav" data-testid="magnifier-navigator" aria-live="polite">
      <div className="lv-mag-nav__map" aria-hidden="true">
        <span
          className="lv-mag-nav__area"
          style={{ left: pct(a.left), top: pct(a.top), width: pct(a.width), height: pct(a.height) }}
        />
      </div>
      <span className="lv-mag-nav__text" data-testid="magnifier-state">
        {ratioLabel(m.ratioX10)} {m.source === 'body' ? 'camera' : 'crop'}
      </span>
    </div>
  );
}
