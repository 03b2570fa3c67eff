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
