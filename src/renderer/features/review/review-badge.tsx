import { useStudio } from '../../app/studio-context';

/** A shot's rating, colour label and pick flag on its filmstrip tile (nothing when unreviewed). */
export function ReviewBadge({ shotId }: { shotId: string }) {
  const review = useStudio((s) => s.reviews[shotId]);
  if (!review || (review.rating === 0 && !review.label && review.pick === 'none')) return null;
  const { rating, label, pick } = review;
  return (
    <span
      className="strip__review"
      data-testid="review-badge"
      aria-label={`${rating} star${rating === 1 ? '' : 's'}${label ? `, ${label}` : ''}${pick !== 'none' ? `, ${pick}` : ''}`}
    >
      {label && <span className={`strip__label strip__label--${label}`} />}
      {pick === 'pick' && <span className="strip__pick">⚑</span>}
      {pick === 'reject' && <span className="strip__reject">✕</span>}
      {rating > 0 && <span className="strip__stars">{'★'.repeat(rating)}</span>}
    </span>
  );
}

/** Which shots the filmstrip shows. */
export interface ReviewFilter {
  minRating: number;
  /** `picks`: only picked; `hideRejects`: everything but rejected; `all`. */
  flags: 'all' | 'picks' | 'hideRejects';
}

/** True when a shot passes the filter. */
export function passes(filter: ReviewFilter, review: { rating: number; pick: string } | undefined): boolean {
  const rating = review?.rating ?? 0;
  const pick = review?.pick ?? 'none';
  if (rating < filter.minRating) return false;
  if (filter.flags === 'picks') return pick === 'pick';
  if (filter.flags === 'hideRejects') return pick !== 'reject';
  return true;
}
