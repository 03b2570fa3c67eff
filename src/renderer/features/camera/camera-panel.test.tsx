// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeStudioClient } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { CameraPanel } from './camera-panel';

describe('CameraPanel', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('says why no camera can be found, and clears the note once discovery works again', async () => {
    const client = new FakeStudioClient();
    client.discovery = { ok: false, message: 'no transport adapters (0x8703)', code: 'DRIVER_UNAVAILABLE' };
    await renderStudio(<CameraPanel />, client);
    expect(screen.getByRole('alert').textContent).toContain('no transport adapters (0x8703)');
    client.discovery = { ok: true };
    await act(async () =>
      client.emit({
        event: 'operationResult',
        data: { cameraId: '*', operation: 'discovery', result: 'ok' },
      }),
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(screen.queryByText(/Camera discovery fails/)).toBeNull();
  });
});

describe('CameraPanel: Connect and Disconnect under the pointer', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('when another client connects first, the button that became Disconnect ignores the press meant for Connect', async () => {
    localStorage.setItem('tether-studio.ui-prefs', JSON.stringify({ autoConnect: false, mode: 'remote' }));
    const client = new FakeStudioClient();
    await renderStudio(<CameraPanel />, client);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Connect' }).disabled).toBe(false);
    // The studio's auto-connect (or a script) connects the camera just as the photographer presses Connect.
    client.camera = { ...client.camera, connected: true, state: 'connected', mode: 'remote' };
    await act(async () =>
      client.emit({
        event: 'connectionState',
        data: { cameraId: 'CAM1', state: 'connected', mode: 'remote' },
      }),
    );
    const disconnect = screen.getByRole<HTMLButtonElement>('button', { name: 'Disconnect' });
    expect(disconnect.disabled).toBe(true);
    fireEvent.click(disconnect);
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(client.callsOf('disconnect')).toEqual([]);
    // Once it has stood still long enough to be read, it works.
    await waitFor(() => expect(disconnect.disabled).toBe(false), { timeout: 3000 });
    fireEvent.click(disconnect);
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(client.callsOf('disconnect')).toEqual([['CAM1']]);
  });

  it('the badge says the studio is unreachable, not that the camera is connected', async () => {
    const client = new FakeStudioClient();
    await renderStudio(<CameraPanel />, client);
    expect(screen.getByTestId('connection-state').textContent).toBe('Connected');
    act(() => client.link.set({ state: 'down', retryAt: Date.now() + 1000, attempts: 1 }));
    expect(screen.getByTestId('connection-state').textContent).toBe('Studio unreachable');
  });
});
