// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { HistogramPanel, loadHistogramPlace } from './histogram-panel';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** Issue 10 item 5: the histogram is small, foldable and movable, and stays where it was left. */
describe('HistogramPanel', () => {
  it('starts small in the bottom-right corner and folds to its title, remembered', () => {
    expect(loadHistogramPlace()).toEqual({ right: 12, bottom: 12, collapsed: false });
    render(<HistogramPanel canvasRef={createRef()} mode="rgb" />);
    expect(screen.getByRole('img', { name: 'Histogram (rgb)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fold' }));
    expect(screen.queryByRole('img', { name: 'Histogram (rgb)' })).toBeNull();
    expect(loadHistogramPlace().collapsed).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Unfold' }));
    expect(screen.getByRole('img', { name: 'Histogram (rgb)' })).toBeTruthy();
  });

  it('moves with its title bar inside the stage and keeps the new place', () => {
    const { container } = render(
      <div className="lv-stage">
        <HistogramPanel canvasRef={createRef()} mode="luma" />
      </div>,
    );
    const stage = container.querySelector('.lv-stage') as HTMLElement;
    stage.getBoundingClientRect = () => ({ width: 800, height: 500 }) as DOMRect;
    const bar = screen.getByTestId('histogram-handle');
    fireEvent.pointerDown(bar, { button: 0, clientX: 700, clientY: 450 });
    fireEvent.pointerMove(bar, { clientX: 400, clientY: 250 });
    fireEvent.pointerUp(bar);
    const panel = screen.getByTestId('histogram-panel');
    expect([panel.style.right, panel.style.bottom]).toEqual(['312px', '212px']);
    expect(loadHistogramPlace()).toMatchObject({ right: 312, bottom: 212 });
    // Never dragged out of the stage.
    fireEvent.pointerDown(bar, { button: 0, clientX: 400, clientY: 250 });
    fireEvent.pointerMove(bar, { clientX: 2000, clientY: 2000 });
    fireEvent.pointerUp(bar);
    expect([panel.style.right, panel.style.bottom]).toEqual(['0px', '0px']);
  });
});
