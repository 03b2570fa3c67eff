// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../../../shared/camera-types';
import { ConnectButton } from './connect-button';

function setup(state: ConnectionState, busy = false) {
  const onConnect = vi.fn();
  const onDisconnect = vi.fn();
  const view = render(
    <ConnectButton state={state} busy={busy} onConnect={onConnect} onDisconnect={onDisconnect} />,
  );
  const rerender = (next: ConnectionState, nextBusy = false) =>
    view.rerender(
      <ConnectButton state={next} busy={nextBusy} onConnect={onConnect} onDisconnect={onDisconnect} />,
    );
  return { onConnect, onDisconnect, rerender };
}

describe('ConnectButton', () => {
  afterEach(cleanup);

  it('reads Connecting… / Disconnecting… and is disabled while any change runs', () => {
    const { rerender } = setup('connecting');
    expect(screen.getByRole('button').textContent).toBe('Connecting…');
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
    rerender('disconnecting');
    expect(screen.getByRole('button').textContent).toBe('Disconnecting…');
    rerender('disconnected', true);
    expect(screen.getByRole('button').textContent).toBe('Connecting…');
    rerender('connected', true);
    expect(screen.getByRole('button').textContent).toBe('Disconnecting…');
  });

  it('a press on Connect that another client turns into Disconnect before the release does nothing', () => {
    const { onConnect, onDisconnect, rerender } = setup('disconnected');
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Connect' }));
    // The other client's connect lands between press and release: straight to connected, no render between.
    rerender('connected');
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }), { detail: 1 });
    expect(onDisconnect).not.toHaveBeenCalled();
    expect(onConnect).not.toHaveBeenCalled();
    // A fresh press on what it says now works.
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Disconnect' }));
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }), { detail: 1 });
    expect(onDisconnect).toHaveBeenCalledTimes(1);
  });

  it('keyboard activation (no press) does what the button says', () => {
    const { onConnect } = setup('disconnected');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }), { detail: 0 });
    expect(onConnect).toHaveBeenCalledTimes(1);
  });
});
