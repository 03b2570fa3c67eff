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
