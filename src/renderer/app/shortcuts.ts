import { reviewKey } from '../features/review/review-keys';
import { REVIEW_VIEW_SHORTCUTS, reviewViewKey } from '../features/review/review-view-keys';
import { stepSelection } from '../features/review/strip-tiles';
import type { StudioActions } from './studio-actions';

/** The keyboard map, shown in the help overlay. */
export const SHORTCUTS: readonly [string, string][] = [
  ['Space', 'Capture (on BULB: expose for the set time, or hold)'],
  ['Shift + Space', 'Focus, then capture (AF-Shutter)'],
  ['F (hold)', 'Half-press: focus and hold'],
  ['R', 'Start / stop movie recording'],
  ['Alt + Space', 'Capture all connected cameras at once'],
  ['← / →', 'Newer / older shot in the filmstrip'],
  ['0 – 5', 'Rate the selected shot (stars)'],
  ['6 – 9', 'Colour label: red, yellow, green, blue (again: clear)'],
  ['P / X / U', 'Reviewing a shot: pick, reject, unflag'],
  ...REVIEW_VIEW_SHORTCUTS,
  ['L or Esc', 'Back to live view'],
  ['C', 'Card browser'],
  ['A', 'All bodies: every connected camera live at once'],
  ['G', 'Rule-of-thirds grid'],
  ['H', 'Histogram: RGB / luma / off'],
  ['P', 'Focus peaking'],
  ['E', 'Zebra (highlight warning)'],
  ['O', 'AF frame'],
  ['Z', 'Zoom to 100 %'],
  ['M', 'Focus magnifier: 5× / 10× / off at the AF point'],
  ['Arrows (magnifier on)', 'Move the magnified area (or drag it)'],
  ['F11 or Tab', 'Viewer fills the window / panels back'],
  ['[ / ]', 'Hide / show the left / right panel'],
  ['?', 'This help'],
];

/** Direction of each arrow key (x, y) for panning the magnifier. */
const ARROW_STEPS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** True when the key belongs to a text field (typing must not fire shortcuts). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'range'].includes(target.type);
  return false;
}

/**
 * Installs the studio's keyboard shortcuts on `win`; returns the uninstaller. Selects keep their arrow
 * keys (to step a setting) but Space still captures from them, as photographers expect.
 */
export function installShortcuts(win: Window, actions: StudioActions, toggleHelp: () => void): () => void {
  const store = actions.store;
  const onKeyDown = (e: KeyboardEvent) => {
    if (isTyping(e.target)) return;
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'Space') {
      e.preventDefault();
      if (!e.repeat) void actions.pro.captureAll().catch(() => undefined);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // Tab keeps moving the focus between controls; from the page itself it toggles the full viewer.
    if (e.key === 'Tab' && e.target instanceof HTMLElement && e.target !== win.document.body) return;
    const inSelect = e.target instanceof HTMLSelectElement;
    const s = store.getState();
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const selected = s.selectedShotId;
    const patch =
      selected && !inSelect
        ? reviewKey(key, s.viewer === 'shot' || s.viewer === 'compare', s.reviews[selected]?.label ?? null)
        : null;
    if (patch) {
      e.preventDefault();
      void actions.pro.reviewSelected(patch).catch(() => undefined);
      return;
    }
    const onControl = e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement;
    if (!inSelect && reviewViewKey(key, s, onControl)) {
      e.preventDefault();
      return;
    }
    let handled = true;
    switch (key) {
      case ' ':
        // On BULB, Space is the bulb's shutter: a timed exposure, or held down for as long as it is held.
        if (e.repeat) break;
        if (actions.pro.bulb.active()) void actions.pro.bulb.press().catch(() => undefined);
        else void actions.capture.capture(e.shiftKey).catch(() => undefined);
        break;
      case 'f':
        if (!e.repeat) void actions.capture.halfPress(true);
        break;
      case 'r':
        if (!e.repeat) void actions.capture.toggleMovie();
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown':
        if (inSelect) return;
        if (s.magnifier.ratioX10 > 0 && s.viewer === 'live') {
          const [dx, dy] = ARROW_STEPS[key] ?? [0, 0];
          actions.magnifier.step(dx, dy);
          break;
        }
        if (key === 'ArrowUp' || key === 'ArrowDown') return;
        if (stepSelection(s, key === 'ArrowRight' ? 1 : -1)) s.setViewer('shot');
        break;
      case 'Escape':
        if (s.magnifier.ratioX10 > 0) actions.magnifier.close();
        else s.setViewer('live');
        break;
      case 'm':
        if (!e.repeat) actions.magnifier.cycle();
        break;
      case 'l':
        s.setViewer('live');
        break;
      case 'c':
        s.setViewer('card');
        break;
      case 'a':
        s.setViewer('grid');
        break;
      case 'g':
        s.toggleOverlay('grid');
        break;
      case 'h':
        s.cycleHistogram();
        break;
      case 'p':
        s.toggleOverlay('peaking');
        break;
      case 'e':
        s.toggleOverlay('zebra');
        break;
      case 'o':
        s.toggleOverlay('focusFrame');
        break;
      case 'z':
        s.toggleOverlay('zoom100');
        break;
      case 'F11':
      case 'Tab':
        s.setFullscreen(!s.fullscreen);
        break;
      case '[':
        s.togglePanel('left');
        break;
      case ']':
        s.togglePanel('right');
        break;
      case '?':
        toggleHelp();
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key.toLowerCase() === 'f') void actions.capture.halfPress(false);
    if (e.key === ' ') void actions.pro.bulb.release().catch(() => undefined);
  };
  // Leaving the window with F or a held BULB down must not leave the camera half-pressed or open.
  const onBlur = () => {
    void actions.capture.halfPress(false);
    void actions.pro.bulb.release().catch(() => undefined);
  };
  win.addEventListener('keydown', onKeyDown);
  win.addEventListener('keyup', onKeyUp);
  win.addEventListener('blur', onBlur);
  return () => {
    win.removeEventListener('keydown', onKeyDown);
    win.removeEventListener('keyup', onKeyUp);
    win.removeEventListener('blur', onBlur);
  };
}
