import { describeError, errorDetail, type UiError } from './error-messages';
import './error-note.css';

/**
 * Shows an error where it happened: the field, what went wrong and the fix, in plain words. The code and
 * the studio's own message are in the tooltip (and `data-code`) for support, never on screen.
 */
export function ErrorNote({
  error,
  field,
  onDismiss,
  compact = false,
}: {
  error: UiError | null | undefined;
  /** The field or control the error belongs to ("Session name"), named first in the sentence. */
  field?: string;
  onDismiss?: () => void;
  compact?: boolean;
}) {
  if (!error) return null;
  return (
    <div
      className={compact ? 'error-note error-note--compact' : 'error-note'}
      role="alert"
      title={errorDetail(error)}
      data-code={error.code}
    >
      <span className="error-note__text">{describeError(error, field)}</span>
      {onDismiss && (
        <button type="button" className="error-note__close" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
