// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeStudioClient, catalogProperty } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { RecIndicator, formatElapsed } from './rec-indicator';

describe('RecIndicator', () => {
  afterEach(cleanup);

  it('formats elapsed time as m:ss, h:mm:ss past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(75_400)).toBe('1:15');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });

  it('shows REC with the elapsed time while the camera records, and nothing otherwise', async () => {
    let t = 1_000_000;
    const now = () => t;
    const client = new FakeStudioClient();
    client.props['recording-state'] = catalogProperty('recording-state', [0, 1, 2], 2);
    const { store } = await renderStudio(<RecIndicator now={now} />, client);
    // "Recording failed" is not a recording.
    expect(screen.queryByRole('status', { name: 'Recording' })).toBeNull();

    act(() => store.getState().mergeProperties('CAM1', [catalogProperty('recording-state', [0, 1, 2], 1)]));
    const badge = screen.getByRole('status', { name: 'Recording' });
    expect(badge.textContent).toBe('REC 0:00');
    t += 83_000;
    // The badge ticks by itself (every half second).
    await waitFor(() => expect(badge.textContent).toBe('REC 1:23'));

    act(() => store.getState().mergeProperties('CAM1', [catalogProperty('recording-state', [0, 1, 2], 0)]));
    expect(screen.queryByRole('status', { name: 'Recording' })).toBeNull();
  });
});
