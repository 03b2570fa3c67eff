import { useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { ErrorNote } from '../errors/error-note';
import { asErrorValue, type UiError } from '../errors/error-messages';
import { NamingTemplate } from './naming-template';
import { sessionNameProblem } from './session-name-check';
import { SessionFolder } from './session-folder';
import './session-bar.css';

/** Top bar: session switch/create, naming template with live preview, where sessions are stored. */
export function SessionBar() {
  const actions = useActions();
  const sessions = useStudio((s) => s.sessions);
  const active = useStudio((s) => s.activeSession);
  const creating = useStudio((s) => s.creatingSession);
  const setCreating = useStudio((s) => s.setCreatingSession);
  const [name, setName] = useState('');
  const [error, setError] = useState<UiError | null>(null);
  const run = (fn: () => Promise<void>) => {
    setError(null);
    return fn().catch((e) => {
      setError(asErrorValue(e));
      throw e;
    });
  };
  // Checked while typing, with the rules the studio applies: the photographer learns what to change first.
  const problem = name
    ? sessionNameProblem(
        name,
        sessions.map((x) => x.name),
      )
    : null;
  const create = async () => {
    if (!name.trim() || problem) return;
    await run(() => actions.session.create(name.trim())).then(
      () => {
        setCreating(false);
        setName('');
      },
      () => undefined,
    );
  };

  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true" />
        <span className="topbar__brand-name">Tether Studio</span>
      </div>
      <div className="topbar__group">
        <span className="topbar__label">Session</span>
        {creating ? (
          <form
            className="topbar__new"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <input
              className="field"
              autoFocus
              aria-label="New session name"
              placeholder="Client_Shoot_2024-05-14"
              value={name}
              maxLength={80}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'session-name-problem' : undefined}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setCreating(false)}
            />
            <button
              type="submit"
              className="btn btn--small btn--primary"
              disabled={!name.trim() || problem !== null}
            >
              Create
            </button>
            <button type="button" className="btn btn--small btn--ghost" onClick={() => setCreating(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <>
            <select
              className="field topbar__session"
              aria-label="Session"
              value={active?.id ?? ''}
              onChange={(e) =>
                void run(() => actions.session.switchTo(e.target.value)).catch(() => undefined)
              }
            >
              {!active && <option value="">—</option>}
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.shotCount})
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => setCreating(true)}
              title="New session"
            >
              New…
            </button>
          </>
        )}
      </div>
      <NamingTemplate />
      <SessionFolder />
      {creating && problem && (
        <div className="topbar__error" role="alert" id="session-name-problem">
          <div className="error-note error-note--compact">Session name: {problem}</div>
        </div>
      )}
      {error && (
        <div className="topbar__error">
          <ErrorNote
            error={error}
            field={creating ? 'Session name' : 'Session'}
            compact
            onDismiss={() => setError(null)}
          />
        </div>
      )}
    </header>
  );
}
