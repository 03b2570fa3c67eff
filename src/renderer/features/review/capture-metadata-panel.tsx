import { useEffect, useState } from 'react';
import type { CaptureMetadata } from '../../../shared/review-types';
import { useActions } from '../../app/studio-context';

interface Draft {
  rating: number;
  keywords: string;
  caption: string;
  copyright: string;
  creator: string;
}

const toDraft = (m: CaptureMetadata): Draft => ({
  rating: m.rating ?? 0,
  keywords: (m.keywords ?? []).join(', '),
  caption: m.caption ?? '',
  copyright: m.copyright ?? '',
  creator: m.creator ?? '',
});

/** Turns the form into metadata: empty fields are left out (nothing written for them). */
export function fromDraft(d: Draft): CaptureMetadata {
  const keywords = d.keywords
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return {
    ...(d.rating > 0 ? { rating: d.rating } : {}),
    ...(keywords.length ? { keywords } : {}),
    ...(d.caption.trim() ? { caption: d.caption.trim() } : {}),
    ...(d.copyright.trim() ? { copyright: d.copyright.trim() } : {}),
    ...(d.creator.trim() ? { creator: d.creator.trim() } : {}),
  };
}

/** Next-capture metadata: rating, keywords, caption, copyright and creator written into every new shot's XMP. */
export function CaptureMetadataPanel() {
  const { client } = useActions();
  const [draft, setDraft] = useState<Draft>(toDraft({}));
  const [note, setNote] = useState('');
  useEffect(() => {
    void client
      .getCaptureMetadata()
      .then((m) => setDraft(toDraft(m)))
      .catch(() => undefined);
  }, [client]);
  const text = (key: keyof Omit<Draft, 'rating'>, label: string) => (
    <input
      className="field"
      aria-label={label}
      placeholder={label}
      value={draft[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
    />
  );
  return (
    <section className="panel" aria-label="Next capture metadata">
      <div className="panel__head">Next capture</div>
      <form
        className="presets__save"
        aria-label="Capture metadata"
        onSubmit={(e) => {
          e.preventDefault();
          void client
            .setCaptureMetadata(fromDraft(draft))
            .then((m) => {
              setDraft(toDraft(m));
              setNote('Applied to every new shot');
            })
            .catch((err: Error) => setNote(err.message));
        }}
      >
        <select
          className="field"
          aria-label="Rating for new shots"
          value={draft.rating}
          onChange={(e) => setDraft({ ...draft, rating: Number(e.target.value) })}
        >
          {[0, 1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n === 0 ? 'No rating' : '★'.repeat(n)}
            </option>
          ))}
        </select>
        {text('keywords', 'Keywords (comma separated)')}
        {text('caption', 'Caption')}
        {text('copyright', 'Copyright')}
        {text('creator', 'Creator')}
        <button type="submit" className="btn btn--small">
          Set
        </button>
      </form>
      {note && (
        <div className="presets__note muted" role="status">
          {note}
        </div>
      )}
    </section>
  );
}
