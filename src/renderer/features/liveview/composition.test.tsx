// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeShot } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('live view overlay and crop masks', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('lays an image over the live view with opacity, scale and offset', async () => {
    const { store } = await renderStudio();
    await act(() => store.getState().setLivePhase('streaming'));
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'cover.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByLabelText('Overlay image file'), { target: { files: [file] } });
    const img = await screen.findByTestId('overlay-image');
    expect(img.style.opacity).toBe('0.5');
    fireEvent.change(screen.getByRole('slider', { name: 'Opacity' }), { target: { value: '30' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Scale' }), { target: { value: '150' } });
    fireEvent.change(screen.getByRole('slider', { name: 'X' }), { target: { value: '10' } });
    expect(img.style.opacity).toBe('0.3');
    expect(img.style.transform).toBe('translate(10%, 0%) scale(1.5)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove overlay' }));
    expect(screen.queryByTestId('overlay-image')).toBeNull();
  });

  it('uses the selected shot as the overlay', async () => {
    const { store, client } = await renderStudio();
    client.shots = [fakeShot(1)];
    await act(() => {
      store.getState().setShots(client.shots);
      store.getState().setLivePhase('streaming');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Selected shot' }));
    await settle();
    expect(client.callsOf('getShotImage')).toContainEqual(['shot-1', 'preview']);
    expect(await screen.findByTestId('overlay-image')).toBeTruthy();
  });

  it('masks the frame outside 1:1, 4:5, 16:9 or a custom ratio', async () => {
    const { store } = await renderStudio();
    await act(() => store.getState().setLivePhase('streaming'));
    expect(screen.queryByTestId('crop-mask')).toBeNull();
    const select = screen.getByRole('combobox', { name: 'Crop mask' });
    fireEvent.change(select, { target: { value: '4:5' } });
    expect(screen.getByTestId('crop-mask').getAttribute('data-ratio')).toBe('0.8000');
    fireEvent.change(select, { target: { value: 'custom' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Mask width' }), { target: { value: '2' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Mask height' }), { target: { value: '1' } });
    expect(screen.getByTestId('crop-mask').getAttribute('data-ratio')).toBe('2.0000');
    fireEvent.change(select, { target: { value: 'none' } });
    expect(screen.queryByTestId('crop-mask')).toBeNull();
  });
});
