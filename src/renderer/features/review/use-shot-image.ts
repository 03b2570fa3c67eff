import type { ShotInfo } from '../../../shared/studio-types';
import { useActions } from '../../app/studio-context';
import type { UiError } from '../errors/error-messages';
import { loadShotThumb, stripThumbs } from '../filmstrip/strip-thumbs';
import { useThumbnail } from '../shared/thumb-cache';
import { useObjectUrl } from '../shared/use-object-url';
import { useSettled } from '../shared/use-settled';

/** While the selection keeps moving (←/→ held), the large preview waits this long after the last step. */
const PREVIEW_SETTLE_MS = 150;

/** The best image of a shot loaded so far, and the preview's bytes (EXIF, clipping). */
export interface ShotImage {
  url: string | null;
  /** The ~1600 px preview's bytes, once loaded. */
  previewBytes: Uint8Array | null;
  error: UiError | null;
  /** The full-resolution image is the one shown. */
  full: boolean;
  /** The full-resolution image is wanted but not here yet. */
  loadingFull: boolean;
}

/**
 * A shot's image for review: its filmstrip thumbnail at once, the large preview where the selection rests,
 * and every pixel (`full`) when `wantFull` (viewing at 100 %).
 */
export function useShotImage(shot: ShotInfo | null, wantFull: boolean): ShotImage {
  const { client } = useActions();
  const settledId = useSettled(shot?.id ?? null, PREVIEW_SETTLE_MS);
  const id = shot && settledId === shot.id ? shot.id : null;
  const preview = useObjectUrl(id, () => client.getShotImage(id!, 'preview'), !!id);
  const fullKey = id && wantFull ? `${id}:full` : null;
  const full = useObjectUrl(fullKey, () => client.getShotImage(id!, 'full'), !!fullKey);
  const thumbUrl = useThumbnail(
    stripThumbs(client),
    shot?.id ?? null,
    loadShotThumb(client, shot?.id ?? ''),
    !!shot && shot.kind !== 'movie',
  );
  return {
    url: full.url ?? preview.url ?? thumbUrl,
    previewBytes: preview.bytes,
    error: preview.error ?? full.error,
    full: !!full.url,
    loadingFull: !!fullKey && !full.url && !full.error,
  };
}
