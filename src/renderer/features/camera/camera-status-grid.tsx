import type { ConnectionMode } from '../../../shared/camera-types';
import { useStudio } from '../../app/studio-context';

const EMPTY = {};

/** Battery, card and mode of a connected camera, from its status properties. */
export function CameraStatusGrid({ cameraId, mode }: { cameraId: string; mode: ConnectionMode | undefined }) {
  const props = useStudio((s) => s.properties[cameraId] ?? EMPTY) as Record<
    string,
    { formatted: string } | undefined
  >;
  const battery = props['battery-remain']?.formatted ?? props['battery-level']?.formatted;
  const slot1 = props['media-slot1-status']?.formatted;
  const left1 = props['media-slot1-remaining-photos']?.formatted;
  const slot2 = props['media-slot2-status']?.formatted;
  const left2 = props['media-slot2-remaining-photos']?.formatted;
  const lens = props['lens-model-name']?.formatted;
  return (
    <dl className="cam__grid">
      <dt>Battery</dt>
      <dd data-testid="battery">{battery ?? '—'}</dd>
      <dt>Card 1</dt>
      <dd>{left1 !== undefined ? `${left1} shots left` : (slot1 ?? '—')}</dd>
      {(slot2 !== undefined || left2 !== undefined) && (
        <>
          <dt>Card 2</dt>
          <dd>{left2 !== undefined && slot2 !== 'No card' ? `${left2} shots left` : (slot2 ?? '—')}</dd>
        </>
      )}
      {lens && (
        <>
          <dt>Lens</dt>
          <dd>{lens}</dd>
        </>
      )}
      <dt>Mode</dt>
      <dd>
        {mode === 'remote'
          ? 'Remote'
          : mode === 'remote-transfer'
            ? 'Remote + card'
            : mode === 'contents'
              ? 'Card only'
              : '—'}
      </dd>
    </dl>
  );
}
