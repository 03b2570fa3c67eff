import type { StudioState } from '../../store/store';
import { openCompare, openFullReview, tileOf } from './strip-tiles';

/** The keys of the review views, for the help overlay. */
export const REVIEW_VIEW_SHORTCUTS: readonly [string, string][] = [
  ['Enter or double-click', 'Full-screen review of the selected shot (Esc leaves)'],
  ['Z (reviewing)', 'Fit ↔ 100 %: drag to pan, click a point to zoom there'],
  ['J (reviewing)', 'Clipping warnings: highlights red, shadows blue'],
  ['N', 'Compare the marked shots (2-up / 4-up), or the selected and the next'],
  ['Ctrl/⌘ + click', 'Mark a shot in the filmstrip for compare'],
  ['← / → (comparing)', 'Next / previous compare pane'],
];

/**
 * Handles a key of the review views (full-screen review, zoom, clipping, compare); returns whether it was
 * one. `onControl`: the key went to a focused button or link, whose own Enter must win.
 */
export function reviewViewKey(key: string, s: StudioState, onControl: boolean): boolean {
  const reviewing = s.viewer === 'shot' || s.viewer === 'compare';
  switch (key) {
    case 'Enter': {
      const tile = onControl ? null : tileOf(s, s.selectedShotId);
      if (!tile) return false;
      openFullReview(s, tile.id);
      return true;
    }
    case 'n':
      openCompare(s);
      return true;
    case 'z':
      if (!reviewing) return false;
      s.toggleZoom();
      return true;
    case 'j':
      if (!reviewing) return false;
      s.toggleClipping();
      return true;
    case 'Escape':
      if (reviewing && s.fullscreen) s.setFullscreen(false);
      else if (s.viewer === 'compare') s.setViewer('shot');
      else return false;
      return true;
    case 'ArrowLeft':
    case 'ArrowRight': {
      if (s.viewer !== 'compare' || s.compareIds.length < 2) return false;
      const ids = s.compareIds;
      const at = Math.max(0, ids.indexOf(tileOf(s, s.selectedShotId)?.id ?? ''));
      s.selectShot(ids[(at + (key === 'ArrowRight' ? 1 : ids.length - 1)) % ids.length]);
      return true;
    }
    default:
      return false;
  }
}
