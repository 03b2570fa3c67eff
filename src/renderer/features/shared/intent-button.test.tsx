// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntentButton } from './intent-button';
import { INTENT_GRACE_MS } from './intent-guard';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Issue 10 item 3: a button whose meaning changes under the pointer never acts on the new meaning. */
describe('IntentButton', () => {
  const button = (meaning: string, onPress: () => void) => (
    <IntentButton meaning={meaning} onPress={onPress}>
      {meaning}
    </IntentButton>
  );

  it('is disabled for a moment after its meaning changed, then works', () => {
    vi.useFakeTimers();
    const onPress = vi.fn();
    const { rerender } = render(button('start', onPress));
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(false);
    rerender(button('stop', onPress));
    const b = screen.getByRole('button', { name: 'stop' }) as HTMLButtonElement;
    expect(b.disabled).toBe(true);
    expect(b.dataset.intent).toBe('stop');
    act(() => vi.advanceTimersByTime(INTENT_GRACE_MS + 10));
    expect((screen.getByRole('button', { name: 'stop' }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.pointerDown(screen.getByRole('button'));
    fireEvent.click(screen.getByRole('button'), { detail: 1 });
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('ignores a click whose press began on the old meaning', () => {
    vi.useFakeTimers();
    const onPress = vi.fn();
    const { rerender } = render(button('start', onPress));
    fireEvent.pointerDown(screen.getByRole('button'));
    rerender(button('stop', onPress));
    act(() => vi.advanceTimersByTime(INTENT_GRACE_MS + 10));
    fireEvent.click(screen.getByRole('button', { name: 'stop' }), { detail: 1 });
    expect(onPress).not.toHaveBeenCalled();
    // The keyboard (no press, detail 0) acts on what it sees.
    fireEvent.click(screen.getByRole('button', { name: 'stop' }), { detail: 0 });
    expect(onPress).toHaveBeenCalledTimes(1);
  });
});
