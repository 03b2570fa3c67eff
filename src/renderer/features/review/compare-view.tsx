import type { ShotTile } from '../../../shared/shot-pairs';
import { tileIndexOf } from '../../../shared/shot-pairs';
import { useStudio } from '../../app/studio-context';
import { ReviewBadge } from './review-badge';
import { ReviewPane } from './review-pane';
import { ReviewToolbar } from './review-toolbar';
import { visibleTiles } from './strip-tiles';
import { useShotImage } from './use-shot-image';

/** One compared shot: its picture at the shared zoom, its name, pair badge and review. */
function ComparePane({ tile, active, index }: { tile: ShotTile; active: boolean; index: number }) {
  const actual = useStudio((s) => s.reviewZoom.mode === 'actual');
  const selectShot = useStudio((s) => s.selectShot);
  const image = useShotImage(tile.shot, actual);
  return (
    <section
      className={active ? 'compare__cell compare__cell--active' : 'compare__cell'}
      aria-label={`Compare ${index + 1}: ${tile.shot.fileName}`}
      aria-current={active}
      data-shot-id={tile.id}
    >
      <ReviewPane
        image={image}
        alt={tile.shot.fileName}
        active={active}
        onActivate={() => selectShot(tile.id)}
      >
        <div className="review-pane__caption">
          <span className="compare__num">{index + 1}</span>
          {tile.shot.fileName}
          {tile.partner && <span className="strip__badge strip__badge--pair">RAW+JPEG</span>}
          <ReviewBadge shotId={tile.id} />
        </div>
      </ReviewPane>
    </section>
  );
}

/**
 * Compare 2-up (side by side) or 4-up (a 2×2 grid): the marked shots at one synced zoom and pan. The
 * active pane (outlined) is the selected shot: the rating keys go to it, ←/→ move between panes, a click
 * on another pane makes it active.
 */
export function CompareView() {
  const tiles = useStudio((s) => visibleTiles(s));
  const ids = useStudio((s) => s.compareIds);
  const selected = useStudio((s) => s.selectedShotId);
  const shown = ids.map((id) => tiles[tileIndexOf(tiles, id)]).filter((t): t is ShotTile => !!t);
  if (shown.length < 2)
    return (
      <div className="compare compare--empty muted">
        Mark 2–4 shots with Ctrl/⌘-click in the filmstrip, or press N to compare the selected shot with the
        next.
      </div>
    );
  const activeIndex = Math.max(0, tileIndexOf(shown, selected));
  return (
    <section className={`compare compare--${shown.length === 2 ? 2 : 4}`} aria-label="Compare">
      {shown.map((t, i) => (
        <ComparePane key={t.id} tile={t} index={i} active={i === activeIndex} />
      ))}
      <ReviewToolbar />
    </section>
  );
}
