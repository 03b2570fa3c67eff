import type { ShotInfo } from '../../../shared/studio-types';

/** MIME type announced for a dragged download (Chromium names the file; the type only labels it). */
function mimeOf(shot: Pick<ShotInfo, 'kind' | 'fileName'>): string {
  if (shot.kind === 'jpeg') return 'image/jpeg';
  if (shot.kind === 'heif') return 'image/heif';
  if (shot.kind === 'movie') return /\.mov$/i.test(shot.fileName) ? 'video/quicktime' : 'video/mp4';
  return 'application/octet-stream';
}

/**
 * The `DownloadURL` drag payload Chromium turns into a file download when dropped on the desktop:
 * `mime:name:absolute-url`. Colons in the name would break the format, so they become `_`.
 */
export function downloadUrlPayload(
  shot: Pick<ShotInfo, 'kind' | 'fileName'>,
  url: string,
  base: string = globalThis.location?.href ?? 'http://127.0.0.1/',
): string {
  const absolute = new URL(url, base).href;
  return `${mimeOf(shot)}:${shot.fileName.replace(/:/g, '_')}:${absolute}`;
}

/** Browser drag-out: a download of the shot file (plus its URL for drops into other pages). */
export function startDownloadDrag(
  dataTransfer: DataTransfer,
  shot: Pick<ShotInfo, 'kind' | 'fileName'>,
  url: string,
): void {
  const payload = downloadUrlPayload(shot, url);
  dataTransfer.effectAllowed = 'copy';
  dataTransfer.setData('DownloadURL', payload);
  dataTransfer.setData('text/uri-list', payload.slice(payload.indexOf(':http') + 1));
}
