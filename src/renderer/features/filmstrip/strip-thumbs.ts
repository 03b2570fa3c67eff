import type { StudioClient } from '../../../shared/studio-client';
import type { ShotInfo } from '../../../shared/studio-types';
import { thumbCacheFor, type ThumbCache } from '../shared/thumb-cache';

/**
 * The filmstrip's thumbnail cache: scrolling back over the last few hundred shots asks the studio for
 * nothing; the viewer shows the same thumbnails while the selection moves.
 */
export function stripThumbs(client: StudioClient): ThumbCache {
  return thumbCacheFor(client, 'shots', 400, 6);
}

/** Loads a shot's thumbnail. */
export function loadShotThumb(client: StudioClient, shotId: string): () => Promise<Uint8Array> {
  return () => client.getShotImage(shotId, 'thumbnail');
}

/**
 * A shot just arrived: its thumbnail is asked for now, before the strip has rendered the new item, so the
 * item can show it in its first frame (capture → screen without a render round trip in between).
 */
export function prefetchShotThumb(client: StudioClient, shot: ShotInfo): void {
  if (shot.kind !== 'movie') stripThumbs(client).prefetch(shot.id, loadShotThumb(client, shot.id));
}
