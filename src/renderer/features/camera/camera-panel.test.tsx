// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react';
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
