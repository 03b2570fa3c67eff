// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { renderStudio } from '../../testing/render-studio';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('camera settings files panel', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it("saves the body's settings file under a name and loads it back after a confirmation", async () => {
    const { client } = await renderStudio();
    const panel = screen.getByRole('region', { name: 'Camera settings files' });
    expect(within(panel).getByText('None saved yet')).toBeTruthy();
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Settings file name' }), {
      target: { value: 'Wedding look' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save from camera' }));
    await settle();
    await settle();
    const cam = client.camera.id;
    expect(client.callsOf('saveCameraSettings')).toEqual([[cam, 'Wedding look']]);
    expect(within(panel).getByRole('status').textContent).toBe('Saved Wedding look.DAT');
    fireEvent.click(within(panel).getByRole('button', { name: 'Load Wedding look.DAT into the camera' }));
    expect(within(panel).getByRole('alert').textContent).toMatch(/replaces the camera's settings/);
    expect(client.callsOf('loadCameraSettings')).toEqual([]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Confirm load Wedding look.DAT' }));
    await settle();
    expect(client.callsOf('loadCameraSettings')).toEqual([[cam, 'Wedding look.DAT']]);
    expect(within(panel).getByRole('status').textContent).toBe('Loaded Wedding look.DAT into the camera');
  });

  it("saves under the body's own name when none is given, and says why a load failed", async () => {
    const { client } = await renderStudio();
    const panel = screen.getByRole('region', { name: 'Camera settings files' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save from camera' }));
    await settle();
    await settle();
    expect(client.callsOf('saveCameraSettings')).toEqual([[client.camera.id, undefined]]);
    client.fail('loadCameraSettings', ErrorCode.OperationRejected, 'the body refused the file');
    fireEvent.click(within(panel).getByRole('button', { name: 'Load CAMSET01.DAT into the camera' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Confirm load CAMSET01.DAT' }));
    await settle();
    expect(within(panel).getByRole('status').textContent).toMatch(/refused/);
  });
});
