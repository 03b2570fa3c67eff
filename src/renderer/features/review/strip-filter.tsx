import { useStudio } from '../../app/studio-context';
import type { ReviewFilter } from './review-filter';

/** The filmstrip's review filter: all shots, n stars and up, picks only, or everything but rejects. */
export function StripFilter() {
  const filter = useStudio((s) => s.reviewFilter);
  const setFilter = useStudio((s) => s.setReviewFilter);
  return (
    <select
      className="field strip__filter"
      aria-label="Filter shots"
      value={`${filter.minRating}:${filter.flags}`}
      onChange={(e) => {
        const [min, flags] = e.target.value.split(':');
        setFilter({ minRating: Number(min), flags: flags as ReviewFilter['flags'] });
      }}
    >
      <option value="0:all">All shots</option>
      {[1, 2, 3, 4, 5].map((n) => (
        <option key={n} value={`${n}:all`}>
          {'★'.repeat(n)} and up
        </option>
      ))}
      <option value="0:picks">Picks</option>
      <option value="0:hideRejects">Hide rejects</option>
    </select>
  );
}
