import { useEffect, useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { ReviewBadge } from '../review/review-badge';
import { ReviewPane } from '../review/review-pane';
import { ReviewToolbar } from '../review/review-toolbar';
import { tileOf } from '../review/strip-tiles';
import { useShotImage } from '../review/use-shot-image';
import { formatBytes } from '../shared/format';
import { readExifSummary, type ExifSummary } from './exif-summary';
import './shot-viewer.css';

/**
 * The selected shot, large, with its EXIF summary and the review tools (fit ↔ 100 % with pan, clipping
 * warnings, compare, full screen). Browsing with the keys shows each shot's filmstrip thumbnail at once
 * and loads the large preview only where the selection rests. A RAW+JPEG pair shows its JPEG.
 */
export function ShotViewer() {
  const { client } = useActions();
  const tile = useStudio((s) => tileOf(s, s.selectedShotId));
  const lone = useStudio((s) => s.shots.find((x) => x.id === s.selectedShotId) ?? null);
  const shot = tile?.shot ?? lone;
  const partner = tile?.partner ?? null;
  const actual = useStudio((s) => s.reviewZoom.mode === 'actual');
  const image = useShotImage(shot, actual);
  const bytes = image.previewBytes;
  const [exif, setExif] = useState<{ id: string; summary: ExifSummary } | null>(null);
  useEffect(() => {
    if (!bytes || !shot) return;
    let alive = true;
    void readExifSummary(bytes).then((summary) => alive && setExif({ id: shot.id, summary }));
    return () => {
      alive = false;
    };
  }, [bytes, shot]);

  if (!shot) return <div className="shot shot--empty muted">Select a shot in the filmstrip.</div>;
  // A browser has no drag-out or reveal: it downloads the file instead.
  const fileUrl = client.native ? null : client.shotFileUrl(shot.id);
  const e = exif?.id === shot.id ? exif.summary : {};
  const facts: [string, string | undefined][] = [
    ['Shutter', e.shutter],
    ['Aperture', e.aperture],
    ['ISO', e.iso],
    ['Exp. comp.', e.bias],
    ['Focal length', e.focal],
    ['Camera', e.camera],
    ['Lens', e.lens],
    // A RAW's preview carries the preview's own pixel size, not the sensor's: not shown for RAW.
    ['Pixels', shot.kind === 'raw' ? undefined : e.size],
    ['Taken', e.taken],
  ];
  return (
    <section className="shot" aria-label="Shot preview">
      <div className="shot__image">
        <ReviewPane image={image} alt={shot.fileName}>
          <div className="review-pane__caption">
            {shot.fileName}
            {partner && <span className="strip__badge strip__badge--pair">RAW+JPEG</span>}
            <ReviewBadge shotId={shot.id} />
          </div>
        </ReviewPane>
        <ReviewToolbar />
      </div>
      <aside className="shot__info" aria-label="Shot details">
        <div className="shot__name" data-testid="preview-file-name">
          {shot.fileName}
        </div>
        <div className="muted mono shot__path" title={shot.path}>
          {shot.path}
        </div>
        <dl className="shot__exif">
          {facts
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} className="shot__fact">
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          <div className="shot__fact">
            <dt>File</dt>
            <dd>
              {shot.kind.toUpperCase()} · {formatBytes(shot.size)}
            </dd>
          </div>
          {partner && (
            <div className="shot__fact" data-testid="pair-partner">
              <dt>{partner.kind.toUpperCase()}</dt>
              <dd title={partner.path}>
                {partner.fileName} · {formatBytes(partner.size)}
              </dd>
            </div>
          )}
          <div className="shot__fact">
            <dt>Original</dt>
            <dd>{shot.originalName}</dd>
          </div>
        </dl>
        {fileUrl && (
          <a className="btn btn--small" href={fileUrl} download={shot.fileName}>
            Download
          </a>
        )}
        {client.native && (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => void client.native?.reveal(shot.path).catch(() => undefined)}
          >
            Reveal in folder
          </button>
        )}
      </aside>
    </section>
  );
}
