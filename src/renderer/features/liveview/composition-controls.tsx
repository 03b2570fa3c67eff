import { useRef } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import type { CropMaskKind } from '../../store/overlay-slice';

function Slider(props: {
  label: string;
  min: number;
  max: number;
  value: number;
  onChange(v: number): void;
}) {
  return (
    <label className="lv-comp__field">
      <span className="muted">{props.label}</span>
      <input
        type="range"
        aria-label={props.label}
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
    </label>
  );
}

/** Overlay image (a file or the selected shot) with opacity, scale and position; aspect/crop masks. */
export function CompositionControls() {
  const { client } = useActions();
  const o = useStudio((s) => s.liveOverlay);
  const patch = useStudio((s) => s.patchLiveOverlay);
  const mask = useStudio((s) => s.cropMask);
  const setMask = useStudio((s) => s.setCropMask);
  const shotId = useStudio((s) => s.selectedShotId ?? s.shots[0]?.id ?? null);
  const file = useRef<HTMLInputElement>(null);
  const overlaySelectedShot = async () => {
    if (!shotId) return;
    const jpeg = await client.getShotImage(shotId, 'preview');
    patch({
      src: URL.createObjectURL(new Blob([jpeg as BlobPart], { type: 'image/jpeg' })),
      name: 'selected shot',
    });
  };
  return (
    <div className="lv-comp" role="group" aria-label="Overlay and crop">
      <button type="button" className="btn btn--small" onClick={() => file.current?.click()}>
        Overlay image…
      </button>
      <input
        ref={file}
        type="file"
        accept="image/*"
        hidden
        aria-label="Overlay image file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) patch({ src: URL.createObjectURL(f), name: f.name });
        }}
      />
      <button
        type="button"
        className="btn btn--small"
        disabled={!shotId}
        onClick={() => void overlaySelectedShot().catch(() => undefined)}
      >
        Selected shot
      </button>
      {o.src && (
        <>
          <span className="muted">{o.name}</span>
          <Slider
            label="Opacity"
            min={0}
            max={100}
            value={Math.round(o.opacity * 100)}
            onChange={(v) => patch({ opacity: v / 100 })}
          />
          <Slider
            label="Scale"
            min={10}
            max={300}
            value={Math.round(o.scale * 100)}
            onChange={(v) => patch({ scale: v / 100 })}
          />
          <Slider label="X" min={-50} max={50} value={o.x} onChange={(x) => patch({ x })} />
          <Slider label="Y" min={-50} max={50} value={o.y} onChange={(y) => patch({ y })} />
          <button
            type="button"
            className="btn btn--small btn--ghost"
            onClick={() => patch({ src: null, name: '' })}
          >
            Remove overlay
          </button>
        </>
      )}
      <select
        className="field"
        aria-label="Crop mask"
        value={mask.kind}
        onChange={(e) => setMask({ kind: e.target.value as CropMaskKind })}
      >
        <option value="none">No mask</option>
        <option value="1:1">1:1</option>
        <option value="4:5">4:5</option>
        <option value="16:9">16:9</option>
        <option value="custom">Custom</option>
      </select>
      {mask.kind === 'custom' && (
        <>
          <input
            className="field lv-comp__num"
            type="number"
            min={1}
            max={100}
            aria-label="Mask width"
            value={mask.w}
            onChange={(e) => setMask({ w: Number(e.target.value) || 1 })}
          />
          <span className="muted">:</span>
          <input
            className="field lv-comp__num"
            type="number"
            min={1}
            max={100}
            aria-label="Mask height"
            value={mask.h}
            onChange={(e) => setMask({ h: Number(e.target.value) || 1 })}
          />
        </>
      )}
    </div>
  );
}
