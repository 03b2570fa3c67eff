import { useCallback, useDeferredValue } from 'react';
import type { PropertyView } from '../../../shared/properties/property-view';
import { useActions, useStudio } from '../../app/studio-context';
import { writeKey } from '../../store/properties-slice';
import { ErrorNote } from '../errors/error-note';
import { PropertyControl } from './property-control';
import { PC_REMOTE, PRIORITY_KEY, PROPERTY_SECTIONS, isPcRemote } from './property-layout';
import './property-panel.css';

const EMPTY: Record<string, PropertyView> = {};

/** The camera settings panel: sections of labelled selects built from the camera's current values. */
export function PropertyPanel() {
  const actions = useActions();
  const cameraId = useStudio((s) => s.activeCameraId);
  const connected = useStudio((s) =>
    s.activeCameraId ? s.connections[s.activeCameraId]?.state === 'connected' : false,
  );
  // Dozens of controls: they re-render in the background (interruptible), never ahead of the filmstrip,
  // the live view or an input when a camera's properties arrive.
  const props = useDeferredValue(
    useStudio((s) => (s.activeCameraId ? (s.properties[s.activeCameraId] ?? EMPTY) : EMPTY)),
  );
  const pendingWrites = useStudio((s) => s.pendingWrites);
  const writeErrors = useStudio((s) => s.writeErrors);
  const setWriteError = useStudio((s) => s.setWriteError);

  const onChange = useCallback(
    (name: string, hex: string) => {
      if (cameraId) void actions.camera.setProperty(cameraId, name, hex);
    },
    [actions, cameraId],
  );
  const onDismiss = useCallback(
    (name: string) => cameraId && setWriteError(cameraId, name, null),
    [cameraId, setWriteError],
  );

  if (!cameraId || !connected) {
    return (
      <section className="panel props" aria-label="Camera settings">
        <div className="panel__head">Camera settings</div>
        <div className="panel__body muted">Connect a camera to change its settings.</div>
      </section>
    );
  }
  const priority = props[PRIORITY_KEY];
  const cameraHasControl = priority ? !isPcRemote(priority.formatted, priority.hex) : false;
  const priorityError = writeErrors[writeKey(cameraId, PRIORITY_KEY)];
  const loaded = Object.keys(props).length > 0;

  return (
    <section className="props" aria-label="Camera settings">
      {cameraHasControl && (
        <div className="props__priority" role="status">
          <span>The camera has control. Settings can only be changed on the body.</span>
          <button
            type="button"
            className="btn btn--small btn--primary"
            disabled={!!pendingWrites[writeKey(cameraId, PRIORITY_KEY)]}
            onClick={() => void actions.camera.setProperty(cameraId, PRIORITY_KEY, PC_REMOTE)}
          >
            Switch to PC Remote
          </button>
          <ErrorNote error={priorityError} compact />
        </div>
      )}
      {!loaded && <div className="panel__body muted">Reading camera settings…</div>}
      {PROPERTY_SECTIONS.map((section) => {
        const views = section.names.map((n) => props[n]).filter((v) => v !== undefined);
        if (views.length === 0) return null;
        return (
          <div className="panel" key={section.title} role="group" aria-label={section.title}>
            <div className="panel__head">{section.title}</div>
            <div className="panel__body props__grid">
              {views.map((v) => (
                <PropertyControl
                  key={v.name}
                  view={v}
                  pending={!!pendingWrites[writeKey(cameraId, v.name)]}
                  error={writeErrors[writeKey(cameraId, v.name)]}
                  onChange={onChange}
                  onDismissError={onDismiss}
                />
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
