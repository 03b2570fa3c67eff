// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { FakeStudioClient, catalogProperty, fakeProperty } from '../../testing/fake-client';
import { propertyByName } from '../../../shared/properties/catalog';
import { renderStudio } from '../../testing/render-studio';
import { PropertyPanel } from './property-panel';

/** The text of the option matching the select's value (happy-dom does not track selectedOptions). */
const shown = (s: HTMLSelectElement) => Array.from(s.options).find((o) => o.value === s.value)?.textContent;
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('PropertyPanel', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('renders each setting as a select named by its label, from the available values', async () => {
    await renderStudio(<PropertyPanel />);
    const iso = screen.getByRole('combobox', { name: 'ISO' }) as HTMLSelectElement;
    expect(Array.from(iso.options).map((o) => o.textContent)).toEqual([
      'ISO 100',
      'ISO 200',
      'ISO 400',
      'ISO 800',
    ]);
    expect(shown(iso)).toBe('ISO 100');
    expect(screen.getByRole('combobox', { name: 'Shutter' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Aperture' })).toBeTruthy();
  });

  it('writes a change to the camera and shows changes made on the camera', async () => {
    const { client } = await renderStudio(<PropertyPanel />);
    const iso = screen.getByRole('combobox', { name: 'ISO' }) as HTMLSelectElement;
    const iso400 = Array.from(iso.options).find((o) => o.textContent === 'ISO 400')!.value;
    fireEvent.change(iso, { target: { value: iso400 } });
    await settle();
    expect(client.callsOf('setProperty')).toEqual([['CAM1', 'iso', iso400]]);
    expect(shown(iso)).toBe('ISO 400');
    client.props.iso = catalogProperty('iso', [100, 200, 400, 800], 800);
    const reads = client.callsOf('getProperties').length;
    await act(async () => client.emit({ event: 'propertyChanged', data: { cameraId: 'CAM1', codes: [1] } }));
    await settle();
    expect(client.callsOf('getProperties').length).toBe(reads + 1);
    expect(shown(iso)).toBe('ISO 800');
  });

  it('explains a refused write in photographer words, naming the setting; the code only for support', async () => {
    const { client } = await renderStudio(<PropertyPanel />);
    client.fail('setProperty', ErrorCode.PriorityKeyNotPcRemote, 'priority key is camera-position');
    fireEvent.change(screen.getByRole('combobox', { name: 'Aperture' }), { target: { value: '0x230' } });
    await settle();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Aperture: The camera has control. Switch Priority to PC Remote.');
    expect(within(alert).queryByText('PRIORITY_KEY_NOT_PC_REMOTE')).toBeNull();
    expect(alert.textContent).not.toContain('PRIORITY_KEY_NOT_PC_REMOTE');
    expect(alert.dataset.code).toBe('PRIORITY_KEY_NOT_PC_REMOTE');
  });

  it('shows values and labels in words, never tokens or cut labels', async () => {
    const client = new FakeStudioClient();
    const dest = propertyByName('still-image-store-destination')!;
    const v = (key: string) => dest.enum!.find((e) => e.key === key)!.value;
    client.props['still-image-store-destination'] = catalogProperty(
      'still-image-store-destination',
      [v('host-pc'), v('memory-card'), v('both')],
      v('both'),
    );
    await renderStudio(<PropertyPanel />, client);
    const pk = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Priority key' });
    expect(shown(pk)).toBe('PC Remote');
    const to = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Save shots to' });
    expect(Array.from(to.options).map((o) => o.textContent)).toEqual([
      'Computer only',
      'Card only',
      'Computer + card',
    ]);
    expect(shown(to)).toBe('Computer + card');
  });

  it('offers to take control when the camera holds the priority key, and disables read-only settings', async () => {
    const client = new FakeStudioClient();
    client.props['priority-key'] = fakeProperty(
      'priority-key',
      'Priority key',
      ['Camera position', 'PC Remote'],
      'Camera position',
    );
    client.props.aperture = { ...client.props.aperture, writable: false };
    await renderStudio(<PropertyPanel />, client);
    expect((screen.getByRole('combobox', { name: 'Aperture' }) as HTMLSelectElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to PC Remote' }));
    await settle();
    expect(client.callsOf('setProperty')).toEqual([['CAM1', 'priority-key', 'pc-remote']]);
  });
});
