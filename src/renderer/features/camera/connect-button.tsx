import { useRef } from 'react';
import type { ConnectionState } from '../../../shared/camera-types';

/** What the connection button does in a connection state (`wait`: a change is under way, nothing to click). */
export type ConnectMeaning = 'connect' | 'disconnect' | 'wait';

/** The button's meaning in `state`; `busy` is this page's own request in flight. */
export function connectMeaning(state: ConnectionState, busy: boolean): ConnectMeaning {
  if (busy || state === 'connecting' || state === 'disconnecting') return 'wait';
  return state === 'connected' || state === 'reconnecting' ? 'disconnect' : 'connect';
}

function labelOf(meaning: ConnectMeaning, state: ConnectionState): string {
  if (meaning === 'connect') return 'Connect';
  if (meaning === 'disconnect') return 'Disconnect';
  const leaving = state === 'connected' || state === 'reconnecting' || state === 'disconnecting';
  return leaving ? 'Disconnecting…' : 'Connecting…';
}

/**
 * Connect / Disconnect. The button never changes meaning under a click: it reads "Connecting…" and is
 * disabled while any client's connect runs, and a click whose press began while the button meant something
 * else (another client's connect finished between press and release) does nothing.
 */
export function ConnectButton(props: {
  state: ConnectionState;
  busy: boolean;
  /** The meaning just flipped: keep the new one still (disabled) long enough to be read. */
  settling?: boolean;
  onConnect: () => void;
  onDisconnect: () => void;
}) {
  const meaning = connectMeaning(props.state, props.busy);
  const pressedAs = useRef<ConnectMeaning | null>(null);
  return (
    <button
      // A new element per meaning: nothing carries over from the button it replaced.
      key={meaning}
      type="button"
      className={meaning === 'disconnect' ? 'btn' : 'btn btn--primary'}
      disabled={meaning === 'wait' || props.settling === true}
      aria-busy={meaning === 'wait'}
      onPointerDown={() => (pressedAs.current = meaning)}
      onClick={(e) => {
        const pressed = pressedAs.current;
        pressedAs.current = null;
        // Pointer clicks must have been pressed on this meaning; keyboard clicks (detail 0) have no press.
        if (e.detail > 0 && pressed !== meaning) return;
        if (meaning === 'connect') props.onConnect();
        else if (meaning === 'disconnect') props.onDisconnect();
      }}
    >
      {labelOf(meaning, props.state)}
    </button>
  );
}
