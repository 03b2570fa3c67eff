import { HelpDialog } from '../features/shared/help-dialog';
import { SHORTCUTS } from './shortcuts';
import './shortcut-help.css';

/** The keyboard shortcuts, as a dismissable dialog. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <HelpDialog label="Keyboard shortcuts" onClose={onClose}>
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
    </HelpDialog>
  );
}
