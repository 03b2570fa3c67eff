import type { CaptureMetadata, ReviewPatch, ShotGroup, ShotReview } from '../../shared/review-types';
import type { ShotInfo } from '../../shared/studio-types';

/** Ratings, labels, picks and groups of shots, kept in XMP sidecars (implemented by `ReviewService`). */
export interface ReviewServiceApi {
  /** Review states of a session's shots (default: active), reading sidecars edited elsewhere at first load. */
  list(sessionId?: string): Promise<ShotReview[]>;
  /** Applies a patch to shots (and their RAW+JPEG partners); writes their sidecars. */
  review(shotIds: string[], patch: ReviewPatch): Promise<ShotReview[]>;
  /** Records a new shot: next-capture metadata into its XMP, and the group it belongs to. */
  onNewShot(shot: ShotInfo, group?: ShotGroup): Promise<void>;
  /** The next-capture metadata. */
  captureMetadata(): CaptureMetadata;
  /** Replaces the next-capture metadata (INVALID_ARGUMENT for bad input). */
  setCaptureMetadata(metadata: CaptureMetadata): Promise<CaptureMetadata>;
}
