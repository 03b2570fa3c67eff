import { useRef, type ButtonHTMLAttributes } from 'react';
import { useSettledIntent } from './intent-guard';

/**
 * A button whose meaning can change under the pointer (Rec ↔ Stop when the camera or another client starts
 * recording, × ↔ Retry when a pull fails, Start ↔ Stop when an interval run ends). It never acts on a
 * meaning the user did not see: each meaning is a fresh element, a pointer click counts only when its
 * press began on the same meaning, and after a change the button stays disabled for a moment so the new
 * label can be read before it can be used. `data-intent` carries the meaning (tests, styling).
 */
export function IntentButton({
  meaning,
  onPress,
  disabled,
  children,
  ...rest
}: {
  meaning: string;
  onPress: () => void;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'onPointerDown' | 'type'>) {
  const settled = useSettledIntent(meaning);
  const pressedAs = useRef<string | null>(null);
  return (
    <button
      key={meaning}
      type="button"
      {...rest}
      data-intent={meaning}
      disabled={disabled === true || !settled}
      onPointerDown={() => (pressedAs.current = meaning)}
      onClick={(e) => {
        const pressed = pressedAs.current;
        pressedAs.current = null;
        // Pointer clicks must have been pressed on this meaning; keyboard clicks (detail 0) have no press.
        if (e.detail > 0 && pressed !== meaning) return;
        onPress();
      }}
    >
      {children}
    </button>
  );
}
