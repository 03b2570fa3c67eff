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
 * How long a new shot's thumbnail is waited for as a push (`shotThumbnail`) before it is asked for: the
 * studio pushes a tethered shot's a few ms behind its `shotAdded`; a shot pulled from a card is not pushed.
 */
export const PUSH_GRACE_MS = 250;

/**
 * A shot just arrived: its thumbnail is expected pushed right behind it, so nothing is asked for (a request
 * and its answer cost a busy page ~50 ms); it is requested if it has not come within {@link PUSH_GRACE_MS}.
 */
export function expectShotThumb(client: StudioClient, shot: ShotInfo): void {
  if (shot.kind !== 'movie')
    stripThumbs(client).expect(shot.id, loadShotThumb(client, shot.id), PUSH_GRACE_MS);
}

/**
 * A shot's thumbnail pushed by the studio (`shotThumbnail`, base64 JPEG): the strip shows it at once, as a
 * `data:` URL (decoded in the page: a blob URL's bytes would make a round trip to the browser process first).
 */
export function takePushedThumb(client: StudioClient, shotId: string, jpegBase64: string): void {
  stripThumbs(client).fill(shotId, `data:image/jpeg;base64,${jpegBase64}`);
}
