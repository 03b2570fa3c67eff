import { useEffect, useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { ErrorNote } from '../errors/error-note';
import { formatBytes } from '../shared/format';
import { useThumbnail } from '../shared/thumb-cache';
import { useObjectUrl } from '../shared/use-object-url';
import { useSettled } from '../shared/use-settled';
import { readExifSummary, type ExifSummary } from './exif-summary';
import { loadShotThumb, stripThumbs } from './strip-thumbs';
import './shot-viewer.css';

/** While the selection keeps moving (←/→ held), the large preview waits this long after the last step. */
const PREVIEW_SETTLE_MS = 150;

/**
 * The selected shot, large, with its EXIF summary. Browsing with the keys shows each shot's filmstrip
 * thumbnail at once and loads the large preview only where the selection rests.
 */
export function ShotViewer() {
  const { client } = useActions();
  const shot = useStudio((s) => s.shots.find((x) => x.id === s.selectedShotId) ?? null);
  const settledId = useSettled(shot?.id ?? null, PREVIEW_SETTLE_MS);
  const previewId = shot && settledId === shot.id ? shot.id : null;
  const {
    url: previewUrl,
    bytes,
    error,
  } = useObjectUrl(previewId, () => client.getShotImage(previewId!, 'preview'), !!previewId);
  const thumbUrl = useThumbnail(
    stripThumbs(client),
    shot?.id ?? null,
    loadShotThumb(client, shot?.id ?? ''),
    !!shot && shot.kind !== 'movie',
  );
  const url = previewUrl ?? thumbUrl;
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
        {url ? (
          <img src={url} alt={shot.fileName} />
        ) : (
          !error && <span className="muted">Loading preview…</span>
        )}
        {error && <ErrorNote error={error} />}
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
