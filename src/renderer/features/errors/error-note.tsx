import { describeError, type UiError } from './error-messages';
import './error-note.css';

/** Shows an error where it happened: plain words first, the code available for support. */
export function ErrorNote({
  error,
  onDismiss,
  compact = false,
}: {
  error: UiError | null | undefined;
  onDismiss?: () => void;
  compact?: boolean;
}) {
  if (!error) return null;
  const words = describeError(error);
  const detail = error.message && error.message !== words ? error.message : undefined;
  return (
    <div className={compact ? 'error-note error-note--compact' : 'error-note'} role="alert" title={detail}>
      <span className="error-note__text">{words}</span>
      <code className="error-note__code">{error.code}</code>
      {onDismiss && (
        <button type="button" className="error-note__close" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
