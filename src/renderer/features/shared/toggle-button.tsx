import type { ReactNode } from 'react';

/** A compact toolbar toggle: `aria-pressed` carries the state, the shortcut shows in the tooltip. */
export function ToggleButton({
  pressed,
  onToggle,
  label,
  shortcut,
  children,
}: {
  pressed: boolean;
  onToggle: () => void;
  label: string;
  shortcut?: string;
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className="tool-toggle"
      aria-pressed={pressed}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onToggle}
    >
      {children ?? label}
    </button>
  );
}
