import { useStudio } from '../../app/studio-context';
import { maskRatio } from '../../store/overlay-slice';

/** The overlay image over the live view, with its opacity, offset and scale. */
export function OverlayImage() {
  const o = useStudio((s) => s.liveOverlay);
  if (!o.src) return null;
  return (
    <img
      className="lv-overlay lv-overlay-image"
      src={o.src}
      alt=""
      data-testid="overlay-image"
      draggable={false}
      style={{ opacity: o.opacity, transform: `translate(${o.x}%, ${o.y}%) scale(${o.scale})` }}
    />
  );
}

/**
 * Darkens the frame outside the chosen aspect ratio (centred), so the crop a layout needs shows while
 * shooting. `ar` is the frame's width/height.
 */
export function CropMask({ ar }: { ar: number }) {
  const mask = useStudio((s) => s.cropMask);
  const m = maskRatio(mask);
  if (m === null) return null;
  const w = m >= ar ? ar : m;
  const h = m >= ar ? ar / m : 1;
  const x = (ar - w) / 2;
  const y = (1 - h) / 2;
  return (
    <svg
      className="lv-overlay"
      viewBox={`0 0 ${ar} 1`}
      preserveAspectRatio="none"
      aria-hidden="true"
      data-testid="crop-mask"
      data-ratio={m.toFixed(4)}
    >
      <path
        d={`M0 0H${ar}V1H0Z M${x} ${y}V${y + h}H${x + w}V${y}Z`}
        fillRule="evenodd"
        fill="rgba(0, 0, 0, 0.6)"
      />
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        fill="none"
        className="lv-grid"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
