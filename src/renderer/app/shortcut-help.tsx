import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';
import './shortcut-help.css';

/** The keyboard shortcuts, as a dismissable dialog. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="help__backdrop" onClick={onClose}>
      <div
        ref={ref}
        className="help"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <div className="help__title">Keyboard shortcuts</div>
        <table>
          <tbody>
            {SHORTCUTS.map(([k, v]) => (
              <tr key={k}>
                <td>
                  <kbd>{k}</kbd>
                </td>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="btn btn--small" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
