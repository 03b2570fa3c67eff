// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { fakeShot } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('capture bar and shortcuts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('captures from the Capture button and from Space, AF-capture from Shift+Space', async () => {
    const { client } = await renderStudio();
    fireEvent.click(screen.getByRole('button', { name: 'Capture' }));
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: ' ', shiftKey: true });
    await settle();
    expect(client.callsOf('capture')).toEqual([
      ['CAM1', { autofocus: false }],
      ['CAM1', { autofocus: false }],
      ['CAM1', { autofocus: true }],
    ]);
  });

  it('half-presses while F is held and releases on key up', async () => {
    const { client } = await renderStudio();
    fireEvent.keyDown(window, { key: 'f' });
    fireEvent.keyDown(window, { key: 'f', repeat: true });
    await settle();
    expect(screen.getByRole('button', { name: 'AF (hold F)' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyUp(window, { key: 'f' });
    await settle();
    expect(client.callsOf('sendCommand').map((c) => c[1])).toEqual([
      { type: 's1', action: 'lock' },
      { type: 's1', action: 'unlock' },
    ]);
  });

  it('ignores shortcuts while typing in a text field', async () => {
    const { client } = await renderStudio();
    const input = screen.getByRole('textbox', { name: 'Naming template' });
    fireEvent.keyDown(input, { key: ' ' });
    fireEvent.keyDown(input, { key: 'g' });
    await settle();
    expect(client.callsOf('capture')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Grid' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.keyDown(window, { key: 'g' });
    expect(screen.getByRole('button', { name: 'Grid' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a failed capture where it happened', async () => {
    const { client } = await renderStudio();
    client.fail('capture', ErrorCode.CardFull);
    fireEvent.click(screen.getByRole('button', { name: 'Capture' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('The memory card is full or missing.');
  });

  it('browses the filmstrip with the arrow keys and opens the shot with its name', async () => {
    const { client } = await renderStudio();
    await act(async () => client.studio.arrive(fakeShot(1), fakeShot(2), fakeShot(3)));
    await settle();
    const names = within(screen.getByRole('listbox', { name: 'Shots' }))
      .getAllByRole('option')
      .map((o) => o.querySelector('.strip__name')?.textContent);
    expect(names).toEqual(['Test_0003.JPG', 'Test_0002.JPG', 'Test_0001.JPG']);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await settle();
    // The shot viewer loads on demand (its module is not part of the boot bundle).
    expect((await screen.findByTestId('preview-file-name')).textContent).toBe('Test_0002.JPG');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByRole('tab', { name: 'Live view' }).getAttribute('aria-selected')).toBe('true');
  });
});
