import { useStudio } from '../../app/studio-context';

const NAMES = [
  ['shutter-speed', 'Shutter'],
  ['aperture', 'Aperture'],
  ['iso', 'ISO'],
  ['exposure-compensation', 'Exposure compensation'],
] as const;

/** The current exposure at a glance (as on the camera's own display), next to the shutter button. */
export function ExposureReadout() {
  const values = useStudio((s) => {
    const props = s.activeCameraId ? s.properties[s.activeCameraId] : undefined;
    return NAMES.map(([name]) => props?.[name]?.formatted ?? '').join('\u0000');
  }).split('\u0000');
  if (values.every((v) => !v)) return null;
  return (
    <div className="readout" aria-label="Current exposure">
      {NAMES.map(([name, label], i) =>
        values[i] ? (
          <span key={name} className="readout__value" title={label}>
            {values[i]}
          </span>
        ) : null,
      )}
    </div>
  );
}
