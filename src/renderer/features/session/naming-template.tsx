import { useEffect, useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { asErrorValue, describeError, type UiError } from '../errors/error-messages';

const TOKENS = '{session} {seq:4} {date:YYYYMMDD} {time} {camera} {original} {ext}';
/** The mark the studio puts where it cut the text of a name that was too long (never inside a token). */
const CUT_MARK = '…';

/** True when the studio shortened the name: it carries the cut mark and the template did not. */
function wasCut(name: string, template: string): boolean {
  return name.includes(CUT_MARK) && !template.includes(CUT_MARK);
}

/** The naming template field: live preview of the next name while typing; Enter (or Apply) saves it. */
export function NamingTemplate() {
  const actions = useActions();
  const saved = useStudio((s) => s.activeSession?.template ?? '');
  const sessionId = useStudio((s) => s.activeSession?.id);
  const nextSeq = useStudio((s) => s.activeSession?.nextSeq);
  const defaultTemplate = useStudio((s) => s.defaultTemplate);
  const [draft, setDraft] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ name?: string; error?: UiError }>({});
  const value = draft ?? saved;
  const dirty = draft !== null && draft !== saved;

  useEffect(() => {
    if (!value || !sessionId) return;
    let alive = true;
    const t = setTimeout(() => {
      actions.session
        .previewName(value)
        .then((name) => alive && setPreview({ name }))
        .catch((err) => alive && setPreview({ error: asErrorValue(err) }));
    }, 120);
    return () => {
      alive = false;
      clearTimeout(t);
    };
  }, [actions, value, sessionId, nextSeq]);

  const apply = () => {
    if (!dirty || !draft) return;
    actions.session.setTemplate(draft).then(
      () => setDraft(null),
      (err) => setPreview({ error: asErrorValue(err) }),
    );
  };

  return (
    <div className="topbar__group topbar__template">
      <span className="topbar__label">Names</span>
      <input
        className="field mono"
        aria-label="Naming template"
        title={`Tokens: ${TOKENS}`}
        value={value}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {dirty && (
        <button type="button" className="btn btn--small btn--primary" onClick={apply}>
          Apply
        </button>
      )}
      {!dirty && saved && defaultTemplate !== null && saved !== defaultTemplate && (
        <button
          type="button"
          className="btn btn--small btn--ghost"
          title={`New sessions start with ${defaultTemplate} today; make them start with this one`}
          onClick={() =>
            void actions.session
              .setDefaultTemplate(saved)
              .catch((err) => setPreview({ error: asErrorValue(err) }))
          }
        >
          Use for new sessions
        </button>
      )}
      <span
        className={preview.error ? 'topbar__preview topbar__preview--error' : 'topbar__preview'}
        data-testid="name-preview"
        title={preview.error ? describeError(preview.error, 'Naming template') : preview.name}
      >
        {preview.error
          ? describeError(preview.error, 'Naming template')
          : preview.name
            ? `→ ${preview.name}`
            : ''}
      </span>
      {!preview.error && preview.name && wasCut(preview.name, value) && (
        <span
          className="topbar__preview-note"
          data-testid="name-cut"
          title="Names are at most 180 bytes: the text of the template is cut (…); {seq} and the extension are kept."
        >
          shortened
        </span>
      )}
    </div>
  );
}
