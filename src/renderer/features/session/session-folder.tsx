import { useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { describeError, errorDetail } from '../errors/error-messages';

/**
 * Where sessions are stored. Desktop: the root plus Choose… (native picker). Browser: the root as an
 * editable path (Enter applies, Escape reverts). Either way a refused path shows here with its code.
 */
export function SessionFolder() {
  const actions = useActions();
  const root = useStudio((s) => s.sessionRoot);
  const folder = useStudio((s) => s.activeSession?.folder);
  const error = useStudio((s) => s.sessionRootError);
  const clearError = useStudio((s) => s.setSessionRootError);
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const native = actions.client.native;
  const value = draft ?? root ?? '';

  const run = (fn: () => Promise<unknown>) => {
    setBusy(true);
    fn()
      .then(
        () => setDraft(null),
        () => undefined,
      )
      .finally(() => setBusy(false));
  };
  const apply = () => {
    const path = value.trim();
    if (!path || (path === root && !error)) return setDraft(null);
    run(() => actions.session.setRoot(path));
  };

  return (
    <div
      className="topbar__group topbar__folder-group"
      title={folder ? `Active session folder: ${folder}` : undefined}
    >
      <span className="topbar__label">Folder</span>
      {native ? (
        <>
          <span className="topbar__root mono" data-testid="session-root">
            {root ?? ''}
          </span>
          <button
            type="button"
            className="btn btn--small"
            disabled={busy}
            onClick={() => run(() => actions.session.chooseRoot())}
          >
            Choose…
          </button>
        </>
      ) : (
        <input
          className={error ? 'field mono topbar__root-field field--invalid' : 'field mono topbar__root-field'}
          aria-label="Session folder"
          aria-invalid={!!error}
          placeholder="/absolute/path/to/sessions"
          spellCheck={false}
          disabled={busy}
          value={value}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply();
            if (e.key === 'Escape') {
              setDraft(null);
              clearError(null);
            }
          }}
        />
      )}
      {error && (
        <span
          className="topbar__root-error"
          role="alert"
          data-testid="session-root-error"
          data-code={error.code}
          title={errorDetail(error)}
        >
          {describeError(error, 'Session folder')}
          <button
            type="button"
            className="topbar__root-dismiss"
            aria-label="Dismiss"
            onClick={() => clearError(null)}
          >
            ×
          </button>
        </span>
      )}
    </div>
  );
}
