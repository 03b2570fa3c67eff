// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHUTTER_BULB } from '../../../shared/properties/index';
import { HOLD_CAP_MS } from '../../app/bulb-actions';
import { FakeStudioClient, catalogProperty } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));
const onBulb = () => {
  const client = new FakeStudioClient();
  client.props['shutter-speed'] = catalogProperty('shutter-speed', [SHUTTER_BULB, 0x1007d], SHUTTER_BULB);
  return client;
};

describe('BULB in the capture bar', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('exposes for the set seconds through the studio, counts down while open, and ends on request', async () => {
    const { client, store } = await renderStudio(undefined, onBulb());
    const group = screen.getByRole('group', { name: 'Bulb exposure' });
    fireEvent.change(within(group).getByRole('spinbutton', { name: 'Bulb seconds' }), {
      target: { value: '90' },
    });
    fireEvent.click(within(group).getByRole('button', { name: 'Expose' }));
    await settle();
    await settle();
    const cam = client.camera.id;
    expect(client.callsOf('startSequence')).toEqual([[cam, { kind: 'bulb', exposureMs: 90_000, frames: 1 }]]);
    expect(within(group).getByRole('timer', { name: 'Exposure countdown' }).textContent).toMatch(
      /Exposing · 1:(30|29) left/,
    );
    expect(within(group).getByRole('button', { name: 'Expose' })).toHaveProperty('disabled', true);
    fireEvent.click(within(group).getByRole('button', { name: 'End now' }));
    await settle();
    const [run] = client.runs;
    expect(client.callsOf('endExposure')).toEqual([[run.id]]);
    expect(store.getState().runs[run.id]).toMatchObject({ state: 'done', done: 1 });
    expect(within(group).queryByRole('timer')).toBeNull();
  });

  it('holds the shutter open while Space is held (the studio times it) and closes it on release', async () => {
    const { client } = await renderStudio(undefined, onBulb());
    const group = screen.getByRole('group', { name: 'Bulb exposure' });
    fireEvent.change(within(group).getByRole('combobox', { name: 'Bulb mode' }), {
      target: { value: 'hold' },
    });
    fireEvent.keyDown(window, { key: ' ' });
    await settle();
    await settle();
    expect(client.callsOf('startSequence')).toEqual([
      [client.camera.id, { kind: 'bulb', exposureMs: HOLD_CAP_MS, frames: 1, hold: true }],
    ]);
    expect(within(group).getByRole('timer').textContent).toMatch(/Exposing · 0:0\d open/);
    expect(within(group).getByRole('button', { name: 'Release to close' })).toBeTruthy();
    fireEvent.keyUp(window, { key: ' ' });
    await settle();
    expect(client.callsOf('endExposure')).toHaveLength(1);
    expect(client.runs[0]).toMatchObject({ state: 'done', done: 1 });
    expect(client.runs[0].frames[0].settings?.exposure).toMatch(/held/);
    expect(client.callsOf('capture')).toEqual([]);
  });

  it('the hold button opens on press and closes on release, also when let go outside it', async () => {
    const { client } = await renderStudio(undefined, onBulb());
    const group = screen.getByRole('group', { name: 'Bulb exposure' });
    fireEvent.change(within(group).getByRole('combobox', { name: 'Bulb mode' }), {
      target: { value: 'hold' },
    });
    const hold = within(group).getByRole('button', { name: 'Hold to expose' });
    fireEvent.pointerDown(hold, { button: 0, pointerId: 1 });
    await settle();
    await settle();
    expect(client.runs[0]?.exposure?.closesAt).toBeNull();
    fireEvent.pointerCancel(hold, { pointerId: 1 });
    await settle();
    expect(client.runs[0]).toMatchObject({ state: 'done', done: 1 });
  });

  it('is not offered off BULB, where Space captures as always', async () => {
    const { client } = await renderStudio();
    expect(screen.queryByRole('group', { name: 'Bulb exposure' })).toBeNull();
    fireEvent.keyDown(window, { key: ' ' });
    await settle();
    expect(client.callsOf('capture')).toHaveLength(1);
    expect(client.callsOf('startSequence')).toEqual([]);
  });
});
