import { useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { ErrorNote } from '../errors/error-note';
import { asErrorValue, type UiError } from '../errors/error-messages';
import { MiddleEllipsis } from '../shared/middle-ellipsis';
import { carriesCardFiles, readCardDrag } from './card-drag';

/**
 * The session folders as drop targets: card tiles (one, or the selection) dropped on a session are pulled
 * into it with the usual progress, files it already holds skipped.
 */
export function SessionDropList({ cameraId }: { cameraId: string }) {
  const actions = useActions();
  const sessions = useStudio((s) => s.sessions);
  const activeId = useStudio((s) => s.activeSession?.id);
  const [over, setOver] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  if (sessions.length === 0) return null;

  const drop = (sessionId: string, dataTransfer: DataTransfer) => {
    setOver(null);
    const payload = readCardDrag(dataTransfer);
    if (!payload || payload.cameraId !== cameraId) return;
    setError(null);
    actions.card
      .pullIntoSession(cameraId, payload.refs, sessionId)
      .catch((err: unknown) => setError(asErrorValue(err)));
  };

  return (
    <div className="cardb__sessions">
      <span className="muted cardb__sessions-label">Drop on a session to pull there</span>
      <ul className="cardb__session-list" aria-label="Session folders">
        {sessions.map((s) => (
          <li
            key={s.id}
            className={over === s.id ? 'cardb__session cardb__session--over' : 'cardb__session'}
            aria-label={`Session ${s.name}`}
            title={s.folder}
            data-session-id={s.id}
            onDragEnter={(e) => {
              if (carriesCardFiles(e.dataTransfer)) setOver(s.id);
            }}
            onDragOver={(e) => {
              if (!carriesCardFiles(e.dataTransfer)) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'copy';
            }}
            onDragLeave={() => setOver((o) => (o === s.id ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              e.stopPropagation();
              drop(s.id, e.dataTransfer);
            }}
          >
            <MiddleEllipsis className="cardb__session-name" text={s.name} />
            <span className="muted">
              {s.shotCount}
              {s.id === activeId ? ' · active' : ''}
            </span>
          </li>
        ))}
      </ul>
      <ErrorNote error={error} field="Pull" compact onDismiss={() => setError(null)} />
    </div>
  );
}
