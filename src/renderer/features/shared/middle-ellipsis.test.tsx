// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MiddleEllipsis, splitForEllipsis } from './middle-ellipsis';

describe('MiddleEllipsis', () => {
  afterEach(cleanup);

  it('keeps the sequence number and extension whole; only the head may be cut', () => {
    expect(splitForEllipsis('Smith Portraits 2026-12-06_0042.ARW')).toEqual([
      'Smith Portraits 2026-12-06',
      '_0042.ARW',
    ]);
    expect(splitForEllipsis('DSC0001.JPG')).toEqual(['', 'DSC0001.JPG']);
  });

  it('renders the tail outside the part that ellipsises, with the full name on hover', () => {
    const { container } = render(<MiddleEllipsis text="Smith Portraits 2026-12-06_0042.ARW" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.title).toBe('Smith Portraits 2026-12-06_0042.ARW');
    expect(root.querySelector('.mid-ellipsis__tail')?.textContent).toBe('_0042.ARW');
    expect(root.querySelector('.mid-ellipsis__head')?.textContent).toBe('Smith Portraits 2026-12-06');
    expect(root.textContent).toBe('Smith Portraits 2026-12-06_0042.ARW');
  });
});
