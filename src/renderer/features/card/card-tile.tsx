import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { CardFile } from '../../../shared/camera-types';
import { useClient } from '../../app/studio-context';
import { formatBytes } from '../shared/format';
import { MiddleEllipsis } from '../shared/middle-ellipsis';
import { thumbCacheFor, useThumbnail } from '../shared/thumb-cache';

/**
 * Card thumbnails kept in memory: more than a large card holds, so scrolling a card of thousands of files
 * up and down asks the camera (a USB round trip each) for every thumbnail once.
 */
const CARD_THUMBS_KEPT = 5000;

/** One card file: thumbnail (requested while `visible`), name, size; click/ctrl/shift to select. */
export const CardTile = memo(function CardTile({
  cameraId,
  file,
  fileKey,
  visible,
  selected,
  progress,
  onClick,
}: {
  cameraId: string;
  file: CardFile;
  fileKey: string;
  /** In view (not just rendered ahead of the scroll): only then is its thumbnail requested. */
  visible: boolean;
  selected: boolean;
  progress: number | null;
  onClick: (key: string, e: MouseEvent | KeyboardEvent) => void;
}) {
  const client = useClient();
  const ref3 = { slot: file.slot, contentId: file.contentId, fileId: file.fileId };
  const url = useThumbnail(
    thumbCacheFor(client, 'card', CARD_THUMBS_KEPT, 4),
    // The name and time too: a content id the camera reuses for another file is another thumbnail.
    `${cameraId}:${fileKey}:${file.name}:${file.createdAt}`,
    () => client.getCardImage(cameraId, ref3, 'thumbnail'),
    visible && file.kind !== 'movie' && file.kind !== 'other',
  );
  return (
    <li
      role="option"
      aria-selected={selected}
      aria-label={file.name}
      className={selected ? 'card-tile card-tile--selected' : 'card-tile'}
      tabIndex={0}
      onClick={(e) => onClick(fileKey, e)}
      onKeyDown={(e) => {
        // Enter selects like a click (Ctrl/Shift as with the mouse); Space stays the shutter.
        if (e.key === 'Enter') onClick(fileKey, e);
      }}
      draggable={!!client.native}
      onDragStart={(e) => {
        if (!client.native) return;
        e.preventDefault();
        void client.native.startDrag({ kind: 'card', cameraId, ref: ref3 }).catch(() => undefined);
      }}
      title={`${file.path} · ${formatBytes(file.size)}`}
    >
      <div className="card-tile__thumb">
        {url ? (
          <img src={url} alt="" draggable={false} />
        ) : (
          <span className="muted">{file.kind.toUpperCase()}</span>
        )}
        <span className={`card-tile__kind card-tile__kind--${file.kind}`}>
          {file.name.split('.').pop()?.toUpperCase()}
        </span>
        {progress === 100 && (
          <span className="card-tile__done" title="Pulled into the session">
            ✓
          </span>
        )}
        {progress !== null && (
          <div
            className={
              progress === 100 ? 'card-tile__progress progress progress--ok' : 'card-tile__progress progress'
            }
            role="progressbar"
            aria-valuenow={progress}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <span style={{ width: `${progress}%` }} />
          </div>
        )}
      </div>
      <MiddleEllipsis className="card-tile__name" text={file.name} />
      <div className="card-tile__meta muted">
        {file.createdAt.slice(11, 19)} · {formatBytes(file.size)}
      </div>
    </li>
  );
});
