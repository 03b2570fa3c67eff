// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeShot } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('pro shooting UI', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('rates, labels, picks and rejects the selected shot from the keyboard and filters the strip', async () => {
    const { client, store } = await renderStudio();
    client.shots = [fakeShot(1), fakeShot(2)];
    await act(() => store.getState().setShots(client.shots));
    await act(() => {
      store.getState().selectShot('shot-2');
      store.getState().setViewer('shot');
    });
    fireEvent.keyDown(window, { key: '4' });
    fireEvent.keyDown(window, { key: '6' });
    fireEvent.keyDown(window, { key: 'p' });
    await settle();
    expect(client.callsOf('reviewShots')).toEqual([
      [['shot-2'], { rating: 4 }],
      [['shot-2'], { label: 'red' }],
      [['shot-2'], { pick: 'pick' }],
    ]);
    const strip = screen.getByRole('listbox', { name: 'Shots' });
    expect(within(strip).getByTestId('review-badge').getAttribute('aria-label')).toBe('4 stars, red, pick');
    // The same label key again clears it; X rejects.
    fireEvent.keyDown(window, { key: '6' });
    fireEvent.keyDown(window, { key: 'x' });
    await settle();
    expect(client.callsOf('reviewShots').slice(3)).toEqual([
      [['shot-2'], { label: null }],
      [['shot-2'], { pick: 'reject' }],
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter shots' }), {
      target: { value: '0:hideRejects' },
    });
    expect(
      within(strip)
        .getAllByRole('option')
        .map((o) => o.getAttribute('data-shot-id')),
    ).toEqual(['shot-1']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter shots' }), { target: { value: '0:all' } });
    expect(within(strip).getAllByRole('option')).toHaveLength(2);
  });

  it('runs the interval timer as a studio time-lapse and shows it again after a reload', async () => {
    const { client } = await renderStudio();
    const group = screen.getByRole('group', { name: 'Interval timer' });
    fireEvent.change(within(group).getByRole('spinbutton', { name: 'Number of shots' }), {
      target: { value: '20' },
    });
    fireEvent.click(within(group).getByRole('button', { name: 'Start' }));
    await settle();
    expect(client.callsOf('startSequence')).toEqual([
      ['CAM1', { kind: 'timelapse', intervalMs: 5000, count: 20 }],
    ]);
    await settle();
    expect(within(group).getByLabelText('Interval progress').textContent).toMatch(/^1\/20/);
    cleanup();
    // A new window over the same studio finds the run still going and can stop it.
    await renderStudio(undefined, client);
    const again = screen.getByRole('group', { name: 'Interval timer' });
    expect(within(again).getByLabelText('Interval progress').textContent).toMatch(/^1\/20/);
    // The button turned from Start to Stop as the run loaded: it takes clicks once the change has settled.
    await waitFor(() =>
      expect((within(again).getByRole('button', { name: 'Stop' }) as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(within(again).getByRole('button', { name: 'Stop' }));
    await settle();
    expect(client.callsOf('cancelSequence')).toHaveLength(1);
    expect(within(again).getByLabelText('Interval progress').textContent).toMatch(/stopped/);
  });

  it('starts a bracket from the sequence panel and lists its run', async () => {
    const { client } = await renderStudio();
    const panel = screen.getByRole('region', { name: 'Sequences' });
    fireEvent.submit(within(panel).getByRole('form', { name: 'New sequence' }));
    await settle();
    expect(client.callsOf('startSequence')).toEqual([
      ['CAM1', { kind: 'bracket', frames: 5, stepEv: 1, by: 'shutter' }],
    ]);
    await settle();
    expect(within(panel).getByRole('listitem', { name: /Bracket 5\/5 done/ })).toBeTruthy();
  });

  it('saves a preset of the ticked settings, applies it, and fires capture-all from Alt+Space', async () => {
    const { client } = await renderStudio();
    const panel = screen.getByRole('region', { name: 'Presets' });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Preset name' }), {
      target: { value: 'Key light' },
    });
    fireEvent.submit(within(panel).getByRole('form', { name: 'Save preset' }));
    await settle();
    await settle();
    expect(client.callsOf('savePreset')).toEqual([
      ['CAM1', 'Key light', ['aperture', 'shutter-speed', 'iso']],
    ]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Apply Key light' }));
    await settle();
    expect(client.callsOf('applyPreset')).toEqual([['CAM1', 'Key light']]);
    expect(within(panel).getByRole('status').textContent).toBe('Applied Key light');

    fireEvent.keyDown(window, { key: ' ', code: 'Space', altKey: true });
    await settle();
    expect(client.callsOf('captureAll')).toEqual([[undefined]]);
    expect(client.callsOf('capture')).toEqual([]);
    expect(screen.getByTestId('capture-all-result').textContent).toBe('1/1 bodies · skew 0.0 ms');
  });

  it('sets the next-capture metadata from its panel, leaving empty fields out', async () => {
    const { client } = await renderStudio();
    const panel = screen.getByRole('region', { name: 'Next capture metadata' });
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Rating for new shots' }), {
      target: { value: '3' },
    });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Keywords (comma separated)' }), {
      target: { value: 'studio, red dress ,' },
    });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Creator' }), {
      target: { value: 'A. Photographer' },
    });
    fireEvent.submit(within(panel).getByRole('form', { name: 'Capture metadata' }));
    await settle();
    expect(client.callsOf('setCaptureMetadata')).toEqual([
      [{ rating: 3, keywords: ['studio', 'red dress'], creator: 'A. Photographer' }],
    ]);
    expect(within(panel).getByRole('status').textContent).toBe('Applied to every new shot');
  });
});
